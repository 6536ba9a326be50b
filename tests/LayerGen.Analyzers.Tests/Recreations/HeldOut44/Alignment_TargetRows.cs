// Idiom: attention-based NMT (Bahdanau/Luong dot attention), alignment of each target word over the source sentence
// Layout: decoder/encoder states float[len][dim], energies float[target, source] (row-major 2D), context vectors
// Correct
using System;

namespace HeldOut44.Alignment_TargetRows;

public static class DotAttention
{
    public static float[,] Align(float[][] decoderStates, float[][] encoderStates)
    {
        int tgt = decoderStates.Length, src = encoderStates.Length;
        var a = new float[tgt, src];
        for (int t = 0; t < tgt; t++)
        {
            float rowMax = float.NegativeInfinity;
            for (int s = 0; s < src; s++)
            {
                float e = 0f;
                for (int d = 0; d < decoderStates[t].Length; d++) e += decoderStates[t][d] * encoderStates[s][d];
                a[t, s] = e;
                if (e > rowMax) rowMax = e;
            }

            float rowSum = 0f;
            for (int s = 0; s < src; s++)
            {
                a[t, s] = MathF.Exp(a[t, s] - rowMax);
                rowSum += a[t, s];
            }
            for (int s = 0; s < src; s++) a[t, s] /= rowSum;
        }
        return a;
    }

    public static float[][] Contexts(float[,] alignment, float[][] encoderStates)
    {
        int tgt = alignment.GetLength(0), src = alignment.GetLength(1), dim = encoderStates[0].Length;
        var ctx = new float[tgt][];
        for (int t = 0; t < tgt; t++)
        {
            ctx[t] = new float[dim];
            for (int s = 0; s < src; s++)
                for (int d = 0; d < dim; d++) ctx[t][d] += alignment[t, s] * encoderStates[s][d];
        }
        return ctx;
    }
}
