// Source: accord-net/framework Sources/Accord.MachineLearning/VectorMachines/Learning/Probabilistic/ProbabilisticCoordinateDescent.cs (re-created, not copied)
// Layout: a binary logistic regression trained by Newton steps over features stored column by column (cols[f][k],
// sample k); one buffer per sample first holds the linear score, folded as a dot product (lin[k] += w[f] * cols[f][k]
// after a zeroing loop), and is then exponentiated in place by a full-extent loop (lin[i] = Math.Exp(lin[i])); the
// logistic p = e / (1 + e) reads it. A line search replaces it by a trial buffer (lin[i] = trial[i]). The weights are
// updated from those exps, so the fold's elements depend on earlier exps.
// Correct as to the sum: the dot-product fold is overwritten on every path to the reads, so it is no "1 + Σ"
// denominator (the analyzer reported LG0002 at both folds). LG0003 ×3: by this corpus's conventions each un-shifted
// exp call is one LG0003, and e / (1 + e) with e = exp(score) is the reference-category form, which gives
// inf · 0 = NaN above a score of ~709 (reported before and after the LG0002 fix).
using System;

namespace Recreations.Real46.LogisticRegressionDotProductExpInPlace;

public static class NewtonLogistic
{
    public static void Train(double[][] cols, int[] labels, double[] w, int iterations, int searches)
    {
        int n = labels.Length;
        double[] lin = new double[n];
        double[] trial = new double[n];
        double[] weight = new double[n];
        double[] residual = new double[n];

        for (int i = 0; i < lin.Length; i++)
            lin[i] = 0;
        for (int f = 0; f < w.Length; f++)
        {
            double[] col = cols[f];
            for (int k = 0; k < col.Length; k++)
                lin[k] += w[f] * col[k];
        }

        for (int i = 0; i < lin.Length; i++)
        {
            lin[i] = Math.Exp(lin[i]); //~ LG0003
            double inv = 1 / (1 + lin[i]);
            residual[i] = (labels[i] == 1 ? 1 : 0) - lin[i] * inv;
            weight[i] = lin[i] * inv * inv;
        }

        int iteration = 0;
        while (iteration < iterations)
        {
            double[] step = new double[w.Length];
            for (int f = 0; f < w.Length; f++)
            {
                double gradient = 0, curvature = 1e-12;
                for (int k = 0; k < n; k++)
                {
                    gradient += cols[f][k] * residual[k];
                    curvature += cols[f][k] * cols[f][k] * weight[k];
                }

                step[f] = gradient / curvature;
            }

            int search;
            for (search = 0; search < searches; search++)
            {
                double gain = 0;
                for (int k = 0; k < n; k++)
                {
                    double delta = 0;
                    for (int f = 0; f < w.Length; f++)
                        delta += step[f] * cols[f][k];
                    trial[k] = lin[k] * Math.Exp(delta); //~ LG0003
                    gain += Math.Log((1 + lin[k]) / (1 + trial[k]));
                }

                if (gain <= 0)
                {
                    for (int f = 0; f < w.Length; f++)
                        w[f] += step[f];
                    for (int i = 0; i < n; i++)
                    {
                        lin[i] = trial[i];
                        double inv = 1 / (1 + lin[i]);
                        residual[i] = (labels[i] == 1 ? 1 : 0) - lin[i] * inv;
                        weight[i] = lin[i] * inv * inv;
                    }

                    break;
                }

                for (int f = 0; f < w.Length; f++)
                    step[f] *= 0.5;
            }

            // Too many halvings: recompute the scores from the weights.
            if (search >= searches)
            {
                for (int i = 0; i < lin.Length; i++)
                    lin[i] = 0;
                for (int f = 0; f < w.Length; f++)
                {
                    double[] col = cols[f];
                    for (int k = 0; k < col.Length; k++)
                        lin[k] += w[f] * col[k];
                }

                for (int i = 0; i < lin.Length; i++)
                    lin[i] = Math.Exp(lin[i]); //~ LG0003
            }

            iteration++;
        }
    }
}
