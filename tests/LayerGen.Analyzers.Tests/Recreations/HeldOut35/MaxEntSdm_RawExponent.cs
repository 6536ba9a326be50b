// Idiom: Maxent species distribution model, "raw" output exp(λ·f(x)) / Z per species, coefficients read from a lambdas file into a dictionary
// Layout: Dictionary<string, double[]> lambdas by species name, jagged double[cell][feature] features, Dictionary<string, double[]> output
// Bug (LG0003): exp of the linear predictor with no maximum subtracted; a strong predictor (λ·f above ~709) overflows to ∞/∞
using System;
using System.Collections.Generic;

namespace HeldOut35.MaxEntSdm_RawExponent
{
    public static class MaxentRaw
    {
        private static double Dot(double[] a, double[] b)
        {
            double s = 0.0;
            for (int i = 0; i < a.Length; i++)
                s += a[i] * b[i];
            return s;
        }

        public static Dictionary<string, double[]> RawOutput(Dictionary<string, double[]> lambdas, double[][] features)
        {
            var output = new Dictionary<string, double[]>();
            foreach (var (name, lambda) in lambdas)
            {
                var p = new double[features.Length];
                double z = 0.0;
                for (int c = 0; c < features.Length; c++)
                {
                    p[c] = Math.Exp(Dot(lambda, features[c])); //~ LG0003
                    z += p[c];
                }

                for (int c = 0; c < features.Length; c++)
                    p[c] /= z;
                output[name] = p;
            }

            return output;
        }
    }
}
