// Idiom: gradient accumulation over several mini-batches before one optimiser step; bias gradient Σ (p - onehot)
// Layout: List<double[]> of mini-batches, each flat column-major logits[c * N + n] (classes × batch)
// Correct
using System;
using System.Collections.Generic;

namespace HeldOut41.GradAccumulation_ColumnMajorMiniBatches;

public sealed class Accumulator
{
    public double[] BiasGrad { get; }
    public int Seen { get; private set; }

    public Accumulator(int classes) => BiasGrad = new double[classes];

    public List<double[]> Accumulate(List<double[]> miniBatches, List<int[]> labels, int classes)
    {
        var outputs = new List<double[]>();
        for (int b = 0; b < miniBatches.Count; b++)
        {
            double[] z = miniBatches[b];
            int N = labels[b].Length;
            var p = new double[z.Length];
            for (int n = 0; n < N; n++)
            {
                double mx = z[n];
                for (int c = 1; c < classes; c++)
                    mx = Math.Max(mx, z[c * N + n]);
                double den = 0;
                for (int c = 0; c < classes; c++)
                {
                    p[c * N + n] = Math.Exp(z[c * N + n] - mx);
                    den += p[c * N + n];
                }
                for (int c = 0; c < classes; c++)
                {
                    p[c * N + n] /= den;
                    BiasGrad[c] += p[c * N + n] - (labels[b][n] == c ? 1.0 : 0.0);
                }
            }
            Seen += N;
            outputs.Add(p);
        }
        return outputs;
    }
}
