// Look-alike written for LG0007 (our own code): the Gini impurity sum p(1 - p) of a softmax distribution, an
// uncertainty score used for active learning; not a derivative (nothing multiplies it by a gradient, it is
// summed). Also the diagonal branch of a full Jacobian-vector product (with the off-diagonal terms) is LG0006's,
// not LG0007's. No LG0007 here; the second method is LG0006.
using System;

namespace Recreations.Backward.GiniImpurityOfSoftmax;

public static class Uncertainty
{
    public static double Gini(double[] logits)
    {
        double max = double.NegativeInfinity;
        foreach (double v in logits)
        {
            max = Math.Max(max, v);
        }

        var p = new double[logits.Length];
        double sum = 0;
        for (int i = 0; i < p.Length; i++)
        {
            p[i] = Math.Exp(logits[i] - max);
            sum += p[i];
        }

        double gini = 0;
        for (int i = 0; i < p.Length; i++)
        {
            p[i] /= sum;
            gini += p[i] * (1 - p[i]);
        }

        return gini;
    }

    public static void FullJacobianProduct(double[] logits, double[] dy, double[] dx)
    {
        double max = double.NegativeInfinity;
        foreach (double v in logits)
        {
            max = Math.Max(max, v);
        }

        var y = new double[logits.Length];
        double sum = 0;
        for (int i = 0; i < y.Length; i++)
        {
            y[i] = Math.Exp(logits[i] - max);
            sum += y[i];
        }

        for (int i = 0; i < y.Length; i++)
        {
            y[i] /= sum;
        }

        for (int i = 0; i < y.Length; i++)
        {
            double g = 0;
            for (int j = 0; j < y.Length; j++)
            {
                g += (i == j ? y[i] * (1 - y[i]) : -y[i] * y[j]) * dy[j]; //~ LG0006
            }

            dx[i] = g;
        }
    }
}
