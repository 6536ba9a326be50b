// Idiom: one `BitArray` per row as the padding mask; row maxima stored in an array first.
// Use: masked softmax over a jagged batch of token scores.
// Layout: jagged double[rows][width] with BitArray[rows] masks (true = keep).
// Bug (LG0002): the maxima are per row, but the normaliser `mass` is summed over every row's kept cells.
// Our own code.
using System;
using System.Collections;

namespace HeldOut84.BitArrayMask_BatchNormaliser;

public static class JaggedMasked
{
    public static double[][] Softmax(double[][] rows, BitArray[] masks)
    {
        var rowMax = new double[rows.Length];
        for (int r = 0; r < rows.Length; r++)
        {
            double m = double.NegativeInfinity;
            for (int j = 0; j < rows[r].Length; j++)
                if (masks[r][j]) m = Math.Max(m, rows[r][j]);
            rowMax[r] = m;
        }

        var probs = new double[rows.Length][];
        double mass = 0.0;
        for (int r = 0; r < rows.Length; r++)
        {
            probs[r] = new double[rows[r].Length];
            for (int j = 0; j < rows[r].Length; j++)
            {
                if (!masks[r][j]) continue;
                double e = Math.Exp(rows[r][j] - rowMax[r]);
                probs[r][j] = e;
                mass += e; //~ LG0002
            }
        }

        foreach (double[] p in probs)
            for (int j = 0; j < p.Length; j++) p[j] /= mass;
        return probs;
    }
}
