// known gap: a peak per sample from a RowPeaks helper over a Reshape(batch, -1) copy is not read as spanning every head
// gap: -LG0001@48
// Idiom: attention weights over a double[batch, heads, keys] array where the port takes the peak on
// `x.reshape(batch, -1).max(axis=1)` — one value per sample across every head — via a `RowPeaks` helper on the flat
// copy, then normalises each head's row with its own sum.
// Use: cross-attention weights of a ported decoder.
// Layout: double[batch, heads, keys] (rectangular 3-D); one softmax per (sample, head) over the keys.
// Bug: LG0001 — the peak spans all heads of a sample (a head 1000 below the others underflows to 0/0).
// Our own code.
#nullable enable
using System;

namespace HeldOut88.HeadsReshape_PeakPerSample;

public static class Nd
{
    // reshape(a, (rows, -1)) as a copy into a jagged array
    public static double[][] Reshape(double[,,] a, int rows)
    {
        int total = a.Length;
        int cols = total / rows;
        var flat = new double[total];
        Buffer.BlockCopy(a, 0, flat, 0, total * sizeof(double));
        var r = new double[rows][];
        for (int i = 0; i < rows; i++) r[i] = flat.AsSpan(i * cols, cols).ToArray();
        return r;
    }

    public static double[] RowPeaks(double[][] rows)
    {
        var peaks = new double[rows.Length];
        for (int i = 0; i < rows.Length; i++)
        {
            double m = double.NegativeInfinity;
            foreach (double v in rows[i]) m = Math.Max(m, v);
            peaks[i] = m;
        }

        return peaks;
    }
}

public static class CrossAttention
{
    public static double[,,] Weights(double[,,] scores)
    {
        int batch = scores.GetLength(0), heads = scores.GetLength(1), keys = scores.GetLength(2);
        double[] peak = Nd.RowPeaks(Nd.Reshape(scores, batch)); //~ LG0001
        var w = new double[batch, heads, keys];
        for (int b = 0; b < batch; b++)
        {
            for (int h = 0; h < heads; h++)
            {
                double denom = 0.0;
                for (int k = 0; k < keys; k++)
                {
                    w[b, h, k] = Math.Exp(scores[b, h, k] - peak[b]);
                    denom += w[b, h, k];
                }

                for (int k = 0; k < keys; k++) w[b, h, k] /= denom;
            }
        }

        return w;
    }
}
