// The one place the browser imports the detector: loaded lazily by crisis.ts. A static named import
// here lets the bundler keep only detectCrisis (not the library's test data).
export { detectCrisis } from '@inbreng/text-nl';
