/** The human-readable API page served at GET /docs (the machine-readable one is /openapi.json). @internal */
export const DOCS_HTML = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>kokoro-ts speech server</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>body{font:15px/1.5 system-ui,sans-serif;max-width:52rem;margin:2rem auto;padding:0 1rem;color:#222}
code,pre{background:#f4f4f4;border-radius:4px}pre{padding:.8rem;overflow:auto}td,th{padding:.2rem .6rem;border-bottom:1px solid #ddd;text-align:left}</style></head>
<body>
<h1>kokoro-ts speech server</h1>
<p>An OpenAI-compatible text-to-speech API on Kokoro-82M. Point any OpenAI client at <code>http://HOST:PORT/v1</code>.
The full schema is at <a href="/openapi.json">/openapi.json</a>.</p>
<h2>Speak</h2>
<pre>curl -s http://127.0.0.1:8880/v1/audio/speech \\
  -H 'Content-Type: application/json' \\
  -d '{"model":"kokoro","input":"Hello there.","voice":"af_heart","response_format":"mp3"}' -o hello.mp3</pre>
<p>Fields: <code>model</code> (kokoro, tts-1, tts-1-hd, gpt-4o-mini-tts), <code>input</code> (up to 4096 characters by default),
<code>voice</code> (a Kokoro id like <code>af_heart</code>, a blend like <code>af_bella(2)+af_sky(1)</code>, or an OpenAI name),
<code>response_format</code> (mp3, opus, aac, flac, wav, pcm), <code>speed</code> (0.25 to 4),
<code>stream_format</code> (<code>audio</code>, or <code>sse</code> for <code>speech.audio.delta</code> events with base64 audio and a final <code>speech.audio.done</code>),
<code>instructions</code> (accepted, ignored), and the Kokoro extras <code>lang</code> (en-us, en-gb),
<code>pronunciations</code> (<code>{"Kokoro": "kˈOkəɹO"}</code>) and <code>normalize</code>: <code>false</code> reads digits and symbols as written,
an object turns single normalization rules off or on, e.g. <code>{"currency": false, "urls": false}</code>
(the rule names are listed in <a href="/openapi.json">/openapi.json</a>; an unknown name is a 400).
<code>POST /v1/phonemize</code> takes <code>normalize</code> too.
Audio streams as soon as the first sentence is synthesized.</p>
<h2>Endpoints</h2>
<table><tr><th>method</th><th>path</th><th>what</th></tr>
<tr><td>POST</td><td>/v1/audio/speech</td><td>audio, streamed (or SSE)</td></tr>
<tr><td>POST</td><td>/v1/audio/speech/timestamps</td><td>audio (base64) plus word timestamps; NDJSON with <code>"stream": true</code></td></tr>
<tr><td>GET</td><td>/v1/audio/voices</td><td>voices and the OpenAI name mapping</td></tr>
<tr><td>GET</td><td>/v1/models</td><td>accepted model names</td></tr>
<tr><td>POST</td><td>/v1/phonemize</td><td>text to phonemes and token ids</td></tr>
<tr><td>GET</td><td>/health</td><td>alive</td></tr>
<tr><td>GET</td><td>/ready</td><td>model loaded and warmed; otherwise 503 with the reason and how to fix it</td></tr>
<tr><td>GET</td><td>/metrics</td><td>Prometheus metrics</td></tr>
<tr><td>GET</td><td>/openapi.json</td><td>OpenAPI 3 document</td></tr></table>
<h2>Errors</h2>
<p>Errors use OpenAI's shape: <code>{"error":{"message","type","param","code"}}</code> with status 400, 401, 404, 413, 415, 429 (with <code>Retry-After</code>), 500 or 503.</p>
</body></html>
`;
