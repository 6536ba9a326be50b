// Idiom: speech recognition (wav2vec2 / QuartzNet CTC ONNX model): frame posteriors over the vocabulary, greedy CTC decode
// Layout: List<float[]> frames (one vocab-logit array per time step), foreach over frames
// Correct
using System;
using System.Collections.Generic;
using System.Text;

namespace HeldOut34.CtcSpeech_FramePosteriors
{
    public sealed class CtcGreedyDecoder
    {
        private readonly string _vocabulary;
        private readonly int _blank;

        public CtcGreedyDecoder(string vocabulary, int blank)
        {
            _vocabulary = vocabulary;
            _blank = blank;
        }

        public List<float[]> Posteriors(List<float[]> frames)
        {
            var posteriors = new List<float[]>(frames.Count);
            foreach (float[] frame in frames)
            {
                float peak = float.MinValue;
                foreach (float logit in frame)
                {
                    peak = Math.Max(peak, logit);
                }

                var p = new float[frame.Length];
                float z = 0f;
                for (int s = 0; s < frame.Length; s++)
                {
                    p[s] = MathF.Exp(frame[s] - peak);
                    z += p[s];
                }

                for (int s = 0; s < p.Length; s++)
                {
                    p[s] /= z;
                }

                posteriors.Add(p);
            }

            return posteriors;
        }

        public string Decode(List<float[]> frames)
        {
            var text = new StringBuilder();
            int previous = -1;
            foreach (float[] p in Posteriors(frames))
            {
                int best = 0;
                for (int s = 1; s < p.Length; s++)
                {
                    if (p[s] > p[best])
                    {
                        best = s;
                    }
                }

                if (best != previous && best != _blank)
                {
                    text.Append(_vocabulary[best]);
                }

                previous = best;
            }

            return text.ToString();
        }
    }
}
