// EM for a categorical mixture, E-step ported from R with apply(logr, 2, max) and a row-wise normalisation.
// Layout: transposed double[components, points] log-joint, responsibilities of the same shape.
// Bug (LG0004): the maximum is taken per point over the components (columns), but the normaliser is summed per component
// over the points (rows): the max and the sum run over different axes, so no point's responsibilities sum to 1.
using System;

namespace HeldOut32;

/// <summary>Responsibilities with mismatched axes.</summary>
public static class CategoricalMixtureTransposed
{
    /// <summary>r[c, i] (meant to be the softmax over c of logJoint[c, i]).</summary>
    public static void Responsibilities(double[,] logJoint, double[,] r)
    {
        int k = logJoint.GetLength(0), n = logJoint.GetLength(1);
        var pointMax = new double[n];
        for (int i = 0; i < n; i++)
        {
            pointMax[i] = double.NegativeInfinity;
            for (int c = 0; c < k; c++)
            {
                pointMax[i] = Math.Max(pointMax[i], logJoint[c, i]); //~ LG0004
            }
        }

        for (int c = 0; c < k; c++)
        {
            double z = 0;
            for (int i = 0; i < n; i++)
            {
                r[c, i] = Math.Exp(logJoint[c, i] - pointMax[i]);
                z += r[c, i];
            }

            for (int i = 0; i < n; i++)
            {
                r[c, i] /= z;
            }
        }
    }
}
