// Idiom: listen-attend-spell decoder: dot-product attention over encoder frames, one query per decoder step, context = sum alpha * h
// Layout: encoder float[][] [frames][dim], queries float[][] [steps][dim], alignments float[][] [steps][frames]
// Correct
using System;

namespace HeldOut40.ListenAttendSpell_Attention;

public sealed class DotAttention
{
    public float[][] Alignments { get; private set; } = Array.Empty<float[]>();

    public float[][] Attend(float[][] queries, float[][] encoder)
    {
        int steps = queries.Length, frames = encoder.Length, dim = encoder[0].Length;
        var contexts = new float[steps][];
        Alignments = new float[steps][];
        for (int i = 0; i < steps; i++)
        {
            var energy = new float[frames];
            for (int j = 0; j < frames; j++)
            {
                float e = 0f;
                for (int d = 0; d < dim; d++) e += queries[i][d] * encoder[j][d];
                energy[j] = e;
            }

            float maxE = energy[0];
            for (int j = 1; j < frames; j++) if (energy[j] > maxE) maxE = energy[j];

            var alpha = new float[frames];
            float total = 0f;
            for (int j = 0; j < frames; j++)
            {
                alpha[j] = MathF.Exp(energy[j] - maxE);
                total += alpha[j];
            }

            var ctx = new float[dim];
            for (int j = 0; j < frames; j++)
            {
                alpha[j] /= total;
                for (int d = 0; d < dim; d++) ctx[d] += alpha[j] * encoder[j][d];
            }

            Alignments[i] = alpha;
            contexts[i] = ctx;
        }

        return contexts;
    }
}
