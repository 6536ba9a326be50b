// Source: capsule-network routing ports (AiDotNet CapsuleLayer family), routing logits b[inputs, outputs].
// Layout: double[inputs, outputs]; the sum and division run over outputs j of each input i.
// Bug (LG0004): the max array is filled per output capsule over the inputs (the other axis).
using System;

namespace LayerGen.Recreations.HeldOut5.CapsuleRoutingMaxOverInputsNs;

public static class CapsuleRoutingMaxOverInputs
{
    public static double[,] Couplings(double[,] b)
    {
        int inputs = b.GetLength(0);
        int outputs = b.GetLength(1);
        var peak = new double[outputs];
        for (int j = 0; j < outputs; j++)
        {
            peak[j] = double.NegativeInfinity;
            for (int i = 0; i < inputs; i++)
            {
                peak[j] = Math.Max(peak[j], b[i, j]); //~ LG0004
            }
        }

        var c = new double[inputs, outputs];
        for (int i = 0; i < inputs; i++)
        {
            double norm = 0.0;
            for (int j = 0; j < outputs; j++)
            {
                c[i, j] = Math.Exp(b[i, j] - peak[j]);
                norm += c[i, j];
            }
            for (int j = 0; j < outputs; j++)
            {
                c[i, j] /= norm;
            }
        }
        return c;
    }
}
