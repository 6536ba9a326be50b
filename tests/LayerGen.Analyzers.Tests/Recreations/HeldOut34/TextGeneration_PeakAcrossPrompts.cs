// Idiom: batched text generation: next-token distribution for several prompts at once (temperature-scaled), greedy or sampled
// Layout: jagged float[][] — one last-position vocab row per prompt (already sliced out of [batch, seq, vocab])
// Bug (LG0001): maxLogit is declared above the prompt loop and never reset, a running max over all prompts so far
using System;
using System.Linq;

namespace HeldOut34.TextGeneration_PeakAcrossPrompts
{
    public sealed class BatchedGenerator
    {
        private readonly float _temperature;

        public BatchedGenerator(float temperature)
        {
            _temperature = temperature;
        }

        public float[][] NextTokenDistributions(float[][] lastLogits)
        {
            int prompts = lastLogits.Length;
            var distributions = new float[prompts][];
            float maxLogit = float.NegativeInfinity;

            for (int p = 0; p < prompts; p++)
            {
                float[] row = lastLogits[p];
                var scaled = new float[row.Length];
                for (int v = 0; v < row.Length; v++)
                {
                    scaled[v] = row[v] / _temperature;
                    if (scaled[v] > maxLogit) maxLogit = scaled[v]; //~ LG0001
                }

                float sum = 0f;
                for (int v = 0; v < scaled.Length; v++)
                {
                    scaled[v] = MathF.Exp(scaled[v] - maxLogit);
                    sum += scaled[v];
                }

                for (int v = 0; v < scaled.Length; v++)
                {
                    scaled[v] /= sum;
                }

                distributions[p] = scaled;
            }

            return distributions;
        }

        public int[] Greedy(float[][] lastLogits) =>
            NextTokenDistributions(lastLogits)
                .Select(d => Array.IndexOf(d, d.Max()))
                .ToArray();
    }
}
