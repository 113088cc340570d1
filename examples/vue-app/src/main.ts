import 'ml-quiz';
import type {} from 'ml-quiz/vue';
import { createApp } from 'vue';
import App from './App.vue';

createApp(App).mount('#app');
