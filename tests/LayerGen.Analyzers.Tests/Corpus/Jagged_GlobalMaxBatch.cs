// Pattern from Java/C# "softmax(double[][] X)" helpers found by code search for "Math.Exp(x[i][j] - max)"
// (attention/feed-forward teaching code). The common correct form takes the max per row; this re-creation is the
// variant seen when the max is hoisted with LINQ over the whole batch (SelectMany), keeping the per-row sum.
using System;
using System.Linq;

namespace Corpus.Jagged
{
    public static class Activations
    {
        public static double[][] SoftmaxRows(double[][] x)
        {
            var r = new double[x.Length][];
            for (int i = 0; i < x.Length; i++)
            {
                r[i] = new double[x[i].Length];
                double max = double.NegativeInfinity;
                for (int j = 0; j < x[i].Length; j++) if (x[i][j] > max) max = x[i][j];
                double sum = 0.0;
                for (int j = 0; j < x[i].Length; j++) { r[i][j] = Math.Exp(x[i][j] - max); sum += r[i][j]; }
                for (int j = 0; j < x[i].Length; j++) r[i][j] /= sum;
            }

            return r;
        }

        public static double[][] SoftmaxHoisted(double[][] x)
        {
            double max = {|LG0001:x.SelectMany(row => row).Max()|};
            var r = new double[x.Length][];
            for (int i = 0; i < x.Length; i++)
            {
                r[i] = new double[x[i].Length];
                double sum = 0.0;
                for (int j = 0; j < x[i].Length; j++) { r[i][j] = Math.Exp(x[i][j] - max); sum += r[i][j]; }
                for (int j = 0; j < x[i].Length; j++) r[i][j] /= sum;
            }

            return r;
        }
    }
}
