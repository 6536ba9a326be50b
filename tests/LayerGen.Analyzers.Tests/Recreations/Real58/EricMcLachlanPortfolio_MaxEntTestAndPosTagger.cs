// known gap: the normaliser binds now (branch params), Test is found; GetBestTagSequence's re-raised exps over classifier.NoOfClasses are still missed, and the log of the row at line 127 is reported through the row's later normalisation (flow-insensitive), see README
// gap: -LG0003@130 +LG0005@127
// Source: ericmclachlan/Portfolio ericmclachlan.Portfolio.Core/Classifiers/MaxEntClassifier.cs:34 and
//   ericmclachlan.Portfolio.ConsoleApp/Commands/Command_POS_maxent.cs:168 (commit 4bcba0e44d57) (re-created, not copied)
// Layout: a MaxEnt classifier over sparse used-feature ids; Test sums lambda_c + the weights of the used features into
//   one score per class, raises e to it with Math.Pow(Math.E, score), then normalises through
//   NormalizationHelper.Normalize (a helper of another class that divides by the plain sum). The POS tagger takes the
//   classifier's distribution per word, adds the log weights of the prevT / prevTwoTags features to log(p), raises e
//   again and normalises the same way (one word's classes per row of a jagged array).
// Label: Test LG0003 (scores reach the thousands with many features: +Inf / +Inf = NaN, or 0 / 0 below -745);
//   GetBestTagSequence LG0003 (the re-raised log-probabilities are un-shifted; every class below -745 gives 0 / 0).
//   The log of the classifier's distribution in GetBestTagSequence is a log of another class's output, not counted.
using System;
using System.Collections.Generic;

namespace Real58.EricMcLachlanPortfolio.MaxEnt
{
    /// <summary>Plain normalisation by the sum (the helper the classifier calls).</summary>
    public static class NormalizationHelper
    {
        public static void Normalize(IList<double> values)
        {
            _Normalize(values, values);
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
    }

    /// <summary>Sparse feature vector: the ids of the features that fire.</summary>
    public sealed class FeatureVector
    {
        public FeatureVector(int[] usedFeatures) => UsedFeatures = usedFeatures;

        public int[] UsedFeatures { get; }
    }

    /// <summary>A maximum-entropy classifier with one weight vector per class.</summary>
    public class MaxEntClassifier
    {
        private readonly double[] lambda_c;
        private readonly double[][] weights_c_f;

        public MaxEntClassifier(double[] lambda_c, double[][] weights_c_f)
        {
            this.lambda_c = lambda_c;
            this.weights_c_f = weights_c_f;
        }

        public int NoOfClasses => lambda_c.Length;

        public double CalculateLogProb_c_f(int c_i, int f_i) => weights_c_f[c_i][f_i];

        public int Classify(FeatureVector vector, out double[] details) => Test(vector, out details);

        protected int Test(FeatureVector vector, out double[] details)
        {
            double[] distribution = new double[NoOfClasses];

            for (int c_i = 0; c_i < NoOfClasses; c_i++)
            {
                double prob = lambda_c[c_i];
                for (int u_i = 0; u_i < vector.UsedFeatures.Length; u_i++)
                {
                    int f_i = vector.UsedFeatures[u_i];
                    prob += weights_c_f[c_i][f_i];
                }
                distribution[c_i] = Math.Pow(Math.E, prob); //~ LG0003
            }
            NormalizationHelper.Normalize(distribution);

            details = distribution;
            return ArgMax(details);
        }

        public static int ArgMax(IList<double> collection)
        {
            int indexOfMax = 0;
            for (int i = 1; i < collection.Count; i++)
            {
                if (collection[i] > collection[indexOfMax])
                    indexOfMax = i;
            }

            return indexOfMax;
        }
    }

    /// <summary>Greedy left-to-right POS tagging with the previous tags as extra features.</summary>
    public sealed class PosTagger
    {
        private readonly MaxEntClassifier classifier;
        private readonly int prevT_f;
        private readonly int prevTwoTags_f;

        public PosTagger(MaxEntClassifier classifier, int prevT_f, int prevTwoTags_f)
        {
            this.classifier = classifier;
            this.prevT_f = prevT_f;
            this.prevTwoTags_f = prevTwoTags_f;
        }

        public void GetBestTagSequence(IList<FeatureVector> words, out double[] prob_c_w, out int[] c_w)
        {
            c_w = new int[words.Count];
            prob_c_w = new double[words.Count];

            double[][] probs_v_c = new double[words.Count][];
            for (int v_i = 0; v_i < words.Count; v_i++)
            {
                classifier.Classify(words[v_i], out double[] details);
                probs_v_c[v_i] = details;

                for (int c_i = 0; c_i < classifier.NoOfClasses; c_i++)
                {
                    double logProb = Math.Log(probs_v_c[v_i][c_i], Math.E);
                    logProb += classifier.CalculateLogProb_c_f(c_i, prevT_f);
                    logProb += classifier.CalculateLogProb_c_f(c_i, prevTwoTags_f);
                    probs_v_c[v_i][c_i] = Math.Pow(Math.E, logProb); //~ LG0003
                }
                NormalizationHelper.Normalize(probs_v_c[v_i]);
                int bestClass = MaxEntClassifier.ArgMax(probs_v_c[v_i]);
                c_w[v_i] = bestClass;
                prob_c_w[v_i] = probs_v_c[v_i][bestClass];
            }
        }
    }
}
