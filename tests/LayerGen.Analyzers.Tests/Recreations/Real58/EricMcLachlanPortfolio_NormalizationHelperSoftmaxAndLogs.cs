// Source: ericmclachlan/Portfolio ericmclachlan.Portfolio.Core/Helpers/NormalizationHelper.cs:9, :26, :39, :67, :83 and
//   ericmclachlan.Portfolio.Core/Classifiers/SVMClassifier.cs:218 (commit 4bcba0e44d57) (re-created, not copied)
// Layout: one distribution as an IList<double> / double[]; the exponential is spelled Math.Pow(Math.E, x) (and
//   Math.Pow(logBase, x) for a log of any base); _Softmax recomputes the power in its sum loop and in its divide loop.
// Label: _Softmax LG0003 x2 (one per un-shifted power); NormalizeLogs correct (subtracts the maximum before the power,
//   in place); Normalize / _Normalize have no exp; the RBF KernelFunc exp(-gamma * d^2) is a look-alike, correct.
using System;
using System.Collections.Generic;

namespace Real58.EricMcLachlanPortfolio.Helpers
{
    /// <summary>Normalisations used by the MaxEnt taggers: plain mass, softmax, and softmax of logs of any base.</summary>
    public static class NormalizationHelper
    {
        public static void Normalize(IList<double> values)
        {
            _Normalize(values, values);
        }

        public static void Softmax(double[] values)
        {
            _Softmax(values, values);
        }

        public static void NormalizeLogs(double[] logs, double logBase)
        {
            double max = double.MinValue;
            // Find the maximum log value.
            for (int i = 0; i < logs.Length; i++)
            {
                if (logs[i] > max)
                    max = logs[i];
            }
            // Calculate the total mass:
            double totalWeight = 0;
            double[] weights = new double[logs.Length];
            for (int i = 0; i < logs.Length; i++)
            {
                logs[i] -= max;
                weights[i] = Math.Pow(logBase, logs[i]);
                totalWeight += weights[i];
            }
            // Normalize the distribution based on their relative mass.
            for (int i = 0; i < logs.Length; i++)
            {
                logs[i] = weights[i] / totalWeight;
            }
        }

        private static void _Normalize(IList<double> input, IList<double> output)
        {
            double denominator = 0;
            for (int i = 0; i < input.Count; i++)
            {
                denominator += input[i];
            }

            for (int i = 0; i < input.Count; i++)
            {
                output[i] = input[i] / denominator;
            }
        }

        private static void _Softmax(IList<double> input, IList<double> output)
        {
            // Calculate the normalization denominator:
            double denominator = 0;
            for (int i = 0; i < input.Count; i++)
            {
                denominator += Math.Pow(Math.E, input[i]); //~ LG0003
            }

            // Normalize the distribution.
            for (int i = 0; i < input.Count; i++)
            {
                output[i] = Math.Pow(Math.E, input[i]) / denominator; //~ LG0003
            }
        }
    }

    /// <summary>The radial-basis kernel of the LibSVM classifier over sparse feature vectors.</summary>
    public sealed class RbfKernel
    {
        private readonly double gamma;

        public RbfKernel(double gamma) => this.gamma = gamma;

        public double KernelFunc(Dictionary<int, double> v1, Dictionary<int, double> v2)
        {
            double result = 0;
            var union = new HashSet<int>(v1.Keys);
            union.UnionWith(v2.Keys);
            foreach (int f_i in union)
            {
                v1.TryGetValue(f_i, out var a);
                v2.TryGetValue(f_i, out var b);
                double diff = Math.Abs(a - b);
                result += diff * diff;
            }

            return Math.Pow(Math.E, -1 * gamma * result);
        }
    }
}
