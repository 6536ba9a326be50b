// Idiom: WaveNet-style autoregressive audio: temperature softmax over 256 mu-law levels per stream, then a categorical draw
// Layout: flat float[] [streams * 256], index s * Levels + q
// Correct
using System;

namespace HeldOut40.WaveNet_MuLawSampling;

public sealed class MuLawSampler
{
    public const int Levels = 256;
    private readonly Random rng;

    public MuLawSampler(int seed) => rng = new Random(seed);

    public void Probabilities(float[] logits, float[] probs, int streams, float temperature)
    {
        for (int s = 0; s < streams; s++)
        {
            int o = s * Levels;
            float max = logits[o];
            for (int q = 1; q < Levels; q++)
                if (logits[o + q] > max) max = logits[o + q];

            float sum = 0;
            for (int q = 0; q < Levels; q++)
            {
                probs[o + q] = MathF.Exp((logits[o + q] - max) / temperature);
                sum += probs[o + q];
            }

            for (int q = 0; q < Levels; q++)
                probs[o + q] /= sum;
        }
    }

    public int[] Sample(float[] logits, int streams, float temperature)
    {
        var probs = new float[logits.Length];
        Probabilities(logits, probs, streams, temperature);
        var levels = new int[streams];
        for (int s = 0; s < streams; s++)
        {
            double u = rng.NextDouble(), acc = 0;
            int q = 0;
            for (; q < Levels - 1; q++)
            {
                acc += probs[s * Levels + q];
                if (u < acc) break;
            }

            levels[s] = q;
        }

        return levels;
    }
}
