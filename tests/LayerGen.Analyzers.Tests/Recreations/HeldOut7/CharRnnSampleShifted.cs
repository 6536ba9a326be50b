// Source: min-char-rnn sampling loop ported to C# with temperature (the sample() function: softmax of the output
// scores, then a categorical draw); the max is found with a do-while and stored in a ref local.
// Layout: float[] output scores of one step; softmax over the vocabulary at temperature T; the caller samples.
// Correct.
using System;

namespace HeldOut7.CharRnnSampleShifted
{
    public sealed class CharSampler
    {
        private readonly Random _random;
        private float _lastMax;

        public CharSampler(int seed) => _random = new Random(seed);

        public float[] Distribution(float[] scores, float temperature)
        {
            ref float peak = ref _lastMax;
            peak = scores[0];
            int k = 1;
            do
            {
                if (k < scores.Length && scores[k] > peak) peak = scores[k];
                k++;
            }
            while (k < scores.Length);

            var p = new float[scores.Length];
            float sum = 0f;
            for (int i = 0; i < scores.Length; i++)
            {
                p[i] = MathF.Exp((scores[i] - peak) / temperature);
                sum += p[i];
            }

            for (int i = 0; i < p.Length; i++)
            {
                p[i] /= sum;
            }

            return p;
        }

        public int Sample(float[] scores, float temperature)
        {
            float[] p = Distribution(scores, temperature);
            double u = _random.NextDouble();
            double acc = 0;
            for (int i = 0; i < p.Length; i++)
            {
                acc += p[i];
                if (u < acc) return i;
            }

            return p.Length - 1;
        }
    }
}
