// Re-creation (our own code) of a fused dense output layer in the column-major Z = W·X convention (olegtarasov/Retia,
// one column per sample): each logit z[c, s] is computed as a dot product and the per-sample maximum colMax[s] is
// updated in the same loop, before the per-sample exps and sums.
// Layout: column-major double[classes, batch] from W[classes, inputs] · X[inputs, batch]. Correct.
using System;

namespace HeldOut.FusedMatmulColumnMax;

public static class DenseSoftmax
{
    public static double[,] Forward(double[,] w, double[,] x)
    {
        int classes = w.GetLength(0);
        int inputs = w.GetLength(1);
        int batch = x.GetLength(1);
        var z = new double[classes, batch];
        var colMax = new double[batch];
        Array.Fill(colMax, double.NegativeInfinity);
        for (int c = 0; c < classes; c++)
        {
            for (int s = 0; s < batch; s++)
            {
                double dot = 0;
                for (int k = 0; k < inputs; k++)
                {
                    dot += w[c, k] * x[k, s];
                }

                z[c, s] = dot;
                if (dot > colMax[s])
                {
                    colMax[s] = dot;
                }
            }
        }

        for (int s = 0; s < batch; s++)
        {
            double sum = 0;
            for (int c = 0; c < classes; c++)
            {
                z[c, s] = Math.Exp(z[c, s] - colMax[s]);
                sum += z[c, s];
            }

            for (int c = 0; c < classes; c++)
            {
                z[c, s] /= sum;
            }
        }

        return z;
    }
}
