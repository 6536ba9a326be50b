// Idiom: packed sequences walked with a cursor and cumulative lengths `cuSeqLens` (FlashAttention varlen style).
// Use: per-sequence softmax of packed token logits.
// Layout: flat double[] tokens, sequence i at [cuSeqLens[i], cuSeqLens[i + 1]), walked by a while loop.
// Bug (LG0002): the denominator `z` is declared before the walk and never reset, so later sequences divide by
// the mass of all earlier sequences as well.
// Our own code.
using System;

namespace HeldOut84.PackedOffsets_RunningDenominator;

public static class VarlenRows
{
    public static double[] Normalise(double[] tokens, int[] cuSeqLens)
    {
        var output = new double[tokens.Length];
        int count = cuSeqLens.Length - 1;
        int seq = 0;
        int pos = 0;
        double z = 0.0;
        while (seq < count)
        {
            int stop = cuSeqLens[seq + 1];
            double m = tokens[pos];
            for (int i = pos + 1; i < stop; i++) m = Math.Max(m, tokens[i]);

            for (int i = pos; i < stop; i++)
            {
                output[i] = Math.Exp(tokens[i] - m);
                z += output[i]; //~ LG0002
            }

            for (int i = pos; i < stop; i++) output[i] /= z;
            pos = stop;
            seq++;
        }
        return output;
    }
}
