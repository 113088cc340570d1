/** The bench's generated bank (bench/run.mjs, bench/profile-parse.mjs). */

/** A valid bank: 3 domains (50/30/20), 4 objectives each, 1,000 questions (every fifth multiple-select), one exam. */
export function generateBank(count) {
  const domains = [
    { id: 'dev', title: 'Experimentation and development', weight: 50 },
    { id: 'ops', title: 'Operations and monitoring', weight: 30 },
    { id: 'dep', title: 'Deployment and serving', weight: 20 },
  ];
  const objectives = domains.flatMap((d) =>
    [1, 2, 3, 4].map((n) => ({
      id: `${d.id}.topic.${n}`,
      domain: d.id,
      title: `Objective ${n} of ${d.title.toLowerCase()}`,
    })),
  );
  const letters = ['a', 'b', 'c', 'd', 'e'];
  const questions = Array.from({ length: count }, (_, i) => {
    const domain = domains[i % 10 < 5 ? 0 : i % 10 < 8 ? 1 : 2];
    const objective = `${domain.id}.topic.${(i % 4) + 1}`;
    const multiple = i % 5 === 4;
    const optionCount = multiple ? 5 : 4;
    const answer = multiple
      ? [letters[i % optionCount], letters[(i + 2) % optionCount]].sort()
      : [letters[i % optionCount]];
    return {
      id: `${domain.id}-gen-${String(i).padStart(4, '0')}`,
      type: multiple ? 'multiple' : 'single',
      objective,
      difficulty: (i % 3) + 1,
      stem:
        `Question ${i + 1}: a team trains a model on a feature table with \`spark.read.table("features_${i}")\` and logs it ` +
        `with MLflow. Which step keeps the *training* and **serving** features consistent when the model is deployed?` +
        (i % 7 === 0
          ? '\n\n```python\nfe.create_training_set(df=labels, feature_lookups=lookups, label="y")\n```'
          : ''),
      options: letters.slice(0, optionCount).map((l) => ({
        id: l,
        text: `Option ${l.toUpperCase()} for question ${i + 1}: use \`step_${l}\` before logging the model`,
        rationale: answer.includes(l)
          ? `Right: step ${l} ties the lookup to the logged model, so serving reads the same features.`
          : `Wrong: step ${l} copies the features once, and serving would drift from training over time.`,
      })),
      answer,
      explanation: `The key is ${answer.join(' and ')}: the feature lookups are logged with the model, so serving resolves them the same way.`,
      sources: [{ title: 'Feature engineering (docs)', url: `https://docs.example.com/features/${i}` }],
      tags: ['generated', domain.id],
    };
  });
  return {
    id: 'generated-1000',
    title: 'Generated bank (1,000 questions)',
    version: '1.0.0',
    domains,
    objectives,
    questions,
    comparisons: [],
    checklists: [],
    exams: [{ id: 'mock', title: 'Generated mock exam', questionCount: 59, durationMinutes: 120, passPercent: 70 }],
  };
}
