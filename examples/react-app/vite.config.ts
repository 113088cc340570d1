import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// Nothing for ml-quiz here: its content files are assets the bundler finds on its own.
export default defineConfig({ plugins: [react()] });
