// Pattern from ChACiooh/3DPFg, src/mathematics.cs (re-created). The original does not compile: a lambda is
// assigned to a double and the LINQ result is returned as double[]. The analyzer must stay silent and not throw.
using System;
using System.Linq;

namespace Corpus.ThreeDPFg
{
    public class AIMath
    {
        public double[] softmax(double[] x, int n)
        {
            double sum = elems =>
            {
                double res = 0.0;
                foreach (double elem in elems)
                {
                    res += elem;
                }

                return res;
            };
            return x.Select(v => Math.Pow(Math.E, v) / sum(x));
        }
    }
}
