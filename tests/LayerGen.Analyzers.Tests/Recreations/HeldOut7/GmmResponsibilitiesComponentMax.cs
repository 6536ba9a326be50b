// Source: Gaussian mixture EM in C# (E-step of hand-written GMM clustering), with the "stabilising" maximum kept
// per component over all points, as the M-step's per-component loops are written.
// Layout: logJoint double[points, components]; softmax over components of each point.
// Bug LG0004: the maximum runs over points (per component), the sum over components (per point).
using System;

namespace HeldOut7.GmmResponsibilitiesComponentMax
{
    public static class GmmEStep
    {
        public static double[,] Responsibilities(double[,] logJoint)
        {
            int points = logJoint.GetLength(0);
            int k = logJoint.GetLength(1);
            var componentMax = new double[k];
            for (int j = 0; j < k; j++)
            {
                componentMax[j] = double.MinValue;
                for (int n = 0; n < points; n++)
                {
                    componentMax[j] = Math.Max(componentMax[j], logJoint[n, j]); //~ LG0004
                }
            }

            var resp = new double[points, k];
            for (int n = 0; n < points; n++)
            {
                double sum = 0;
                for (int j = 0; j < k; j++)
                {
                    resp[n, j] = Math.Exp(logJoint[n, j] - componentMax[j]);
                    sum += resp[n, j];
                }

                for (int j = 0; j < k; j++)
                {
                    resp[n, j] /= sum;
                }
            }

            return resp;
        }
    }
}
