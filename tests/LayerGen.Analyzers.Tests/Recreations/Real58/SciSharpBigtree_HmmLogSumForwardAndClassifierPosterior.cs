// Source: SciSharp/Bigtree.Algorithm Bigtree.Algorithm/HiddenMarkovModel/MathHelpers/LogHelper.cs:19, :36,
//   Bigtree.Algorithm/HiddenMarkovModel/ForwardBackwardAlgorithm.Log.cs:20,
//   Bigtree.Algorithm/HiddenMarkovModel/HiddenMarkovClassifier.cs:133 and Bigtree.Algorithm/MathFunctions/Sigmoid.cs:33, :38
//   (commit dfb20dd4c9c5) (re-created, not copied)
// Layout: log-space HMM. LogSum(ln a, ln c) = max + log1p(exp(min - max)) is the pairwise log-sum-exp; LogForward
//   folds it over the previous states for every (t, i) of a [T, N] lattice (the fold restarts at -Infinity per cell);
//   the classifier's Compute evaluates every class model in a Parallel.For, adds log priors, folds the class
//   log-likelihoods with LogSum, subtracts the total and exponentiates (a log-softmax, then exp).
// Label: LogSum, Log1p, Compute correct; LogForward has no exp of its own; Sigmoid and its y(1 - y) derivative are
//   look-alikes, correct.
using System;
using System.Threading.Tasks;

namespace Real58.SciSharpBigtree
{
    /// <summary>Log-space arithmetic of the HMM code.</summary>
    public static class LogHelper
    {
        public static double Log1p(double x)
        {
            if (x <= -1.0)
                return double.NaN;

            if (Math.Abs(x) > 1e-4)
                return Math.Log(1.0 + x);

            // Taylor: log(1 + x) = x - x^2 / 2 for tiny x
            return (-0.5 * x + 1.0) * x;
        }

        public static double LogSum(double lna, double lnc)
        {
            if (lna == double.NegativeInfinity)
                return lnc;
            if (lnc == double.NegativeInfinity)
                return lna;

            if (lna > lnc)
                return lna + Log1p(Math.Exp(lnc - lna));

            return lnc + Log1p(Math.Exp(lna - lnc));
        }
    }

    /// <summary>Forward pass of a discrete HMM in log space.</summary>
    public static class ForwardBackwardAlgorithm
    {
        public static void LogForward(double[,] logA, double[,] logB, double[] logPi, int[] observations, double[,] lnfwd)
        {
            int T = observations.Length;
            int N = logPi.Length;

            Array.Clear(lnfwd, 0, lnfwd.Length);

            for (int i = 0; i < N; ++i)
            {
                lnfwd[0, i] = logPi[i] + logB[i, observations[0]];
            }

            for (int t = 1; t < T; ++t)
            {
                int obs_t = observations[t];

                for (int i = 0; i < N; ++i)
                {
                    double sum = double.NegativeInfinity;
                    for (int j = 0; j < N; ++j)
                    {
                        sum = LogHelper.LogSum(sum, lnfwd[t - 1, j] + logA[j, i]);
                    }
                    lnfwd[t, i] = sum + logB[i, obs_t];
                }
            }
        }
    }

    /// <summary>One HMM per class; classifies a sequence by its posterior over the classes.</summary>
    public sealed class HiddenMarkovClassifier
    {
        private readonly Func<int[], double>[] models;
        private readonly double[] classPriors;

        public HiddenMarkovClassifier(Func<int[], double>[] models, double[] classPriors)
        {
            this.models = models;
            this.classPriors = classPriors;
        }

        public int Compute(int[] sequence, out double[] class_probabilities)
        {
            double[] logLikelihoods = new double[models.Length];

            Parallel.For(0, models.Length, i =>
            {
                logLikelihoods[i] = models[i](sequence);
            });

            double lnsum = double.NegativeInfinity;
            for (int i = 0; i < classPriors.Length; i++)
            {
                logLikelihoods[i] = Math.Log(classPriors[i]) + logLikelihoods[i];
                lnsum = LogHelper.LogSum(lnsum, logLikelihoods[i]);
            }

            int most_likely_model_index = 0;
            double most_likely_model_probablity = double.NegativeInfinity;
            for (int i = 0; i < models.Length; ++i)
            {
                if (most_likely_model_probablity < logLikelihoods[i])
                {
                    most_likely_model_probablity = logLikelihoods[i];
                    most_likely_model_index = i;
                }
            }

            if (lnsum != double.NegativeInfinity)
            {
                for (int i = 0; i < logLikelihoods.Length; i++)
                    logLikelihoods[i] -= lnsum;
            }

            // Convert to probabilities
            class_probabilities = logLikelihoods;
            for (int i = 0; i < logLikelihoods.Length; i++)
            {
                class_probabilities[i] = Math.Exp(logLikelihoods[i]);
            }

            return most_likely_model_index;
        }
    }

    /// <summary>The library's logistic function and its derivative from the output.</summary>
    public static class Function
    {
        public static double Sigmoid(double x, double coefficient = 1)
        {
            return 1 / (1 + Math.Exp(-x * coefficient));
        }

        public static double SigmoidDerivative(double y)
        {
            return y * (1 - y);
        }
    }
}
