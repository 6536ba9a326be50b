// known gap: Math.Pow(logBase, x) (also Math.Pow(Math.E, x)) of the in-place shifted logs in the inlined NormalizeLogs is not followed to the log of the probability; the same helper with Math.Exp is LG0005, see README
// gap: -LG0005@85
// Source: ericmclachlan/Portfolio ericmclachlan.Portfolio.ConsoleApp/Commands/Command_beamsearch_maxent.cs:164, :207 and
//   ericmclachlan.Portfolio.Core/Helpers/NormalizationHelper.cs:39 (commit 4bcba0e44d57) (re-created, not copied)
// Layout: beam search over tag sequences; for every node of the current beam level, one log-score per class
//   (lambda_c + feature weights), turned into a distribution in place by NormalizationHelper.NormalizeLogs (a correct,
//   max-shifted softmax of a helper class), the top N classes kept, and each child weighted by Math.Log(prob, Math.E)
//   plus the parent's weight. The BeamSearch / BeamNode types are reduced to a list of (tags, weight) nodes.
// Label: GetBestTagSequence LG0005 (log of the softmax probability it just computed: a class 745 below the best
//   underflows to 0 and its child weight is -Infinity; log-softmax is logit - max - log(sum)); NormalizeLogs correct;
//   CalculateScore has no exp.
using System;
using System.Collections.Generic;
using System.Linq;

namespace Real58.EricMcLachlanPortfolio.BeamSearch
{
    /// <summary>Softmax of log-scores of any base, in place (max-shifted).</summary>
    public static class NormalizationHelper
    {
        public static void NormalizeLogs(double[] logs, double logBase)
        {
            double max = double.MinValue;
            for (int i = 0; i < logs.Length; i++)
            {
                if (logs[i] > max)
                    max = logs[i];
            }

            double totalWeight = 0;
            double[] weights = new double[logs.Length];
            for (int i = 0; i < logs.Length; i++)
            {
                logs[i] -= max;
                weights[i] = Math.Pow(logBase, logs[i]);
                totalWeight += weights[i];
            }

            for (int i = 0; i < logs.Length; i++)
            {
                logs[i] = weights[i] / totalWeight;
            }
        }
    }

    /// <summary>One hypothesis of the beam: the tags so far and its accumulated log-probability.</summary>
    public sealed record BeamNode(int[] Tags, double Weight);

    /// <summary>MaxEnt beam-search tagger.</summary>
    public sealed class BeamSearchTagger
    {
        private readonly double[] lambda_c;
        private readonly double[][] weights_c_f;
        private readonly int topN;
        private readonly int beamSize;

        public BeamSearchTagger(double[] lambda_c, double[][] weights_c_f, int topN, int beamSize)
        {
            this.lambda_c = lambda_c;
            this.weights_c_f = weights_c_f;
            this.topN = topN;
            this.beamSize = beamSize;
        }

        public int[] GetBestTagSequence(IList<int[]> vectors)
        {
            var level = new List<BeamNode> { new BeamNode(Array.Empty<int>(), 0D) };
            for (int beamDepth = 0; beamDepth < vectors.Count; beamDepth++)
            {
                var next = new List<BeamNode>();
                foreach (BeamNode node in level)
                {
                    double[] probs_v_c = new double[lambda_c.Length];
                    for (int c_i = 0; c_i < lambda_c.Length; c_i++)
                    {
                        probs_v_c[c_i] = CalculateScore(vectors[beamDepth], c_i);
                    }
                    NormalizationHelper.NormalizeLogs(probs_v_c, Math.E);

                    // Prune: keep the N classes with the highest probability.
                    var topNClasses = Enumerable.Range(0, probs_v_c.Length).OrderByDescending(c => probs_v_c[c]).Take(topN);
                    foreach (int c_i in topNClasses)
                    {
                        double prob = probs_v_c[c_i];
                        next.Add(new BeamNode(node.Tags.Append(c_i).ToArray(), Math.Log(prob, Math.E) + node.Weight)); //~ LG0005
                    }
                }
                level = next.OrderByDescending(n => n.Weight).Take(beamSize).ToList();
            }

            return level.OrderByDescending(n => n.Weight).First().Tags;
        }

        private double CalculateScore(int[] usedFeatures, int c_i)
        {
            double logProb = lambda_c[c_i];
            for (int u_i = 0; u_i < usedFeatures.Length; u_i++)
            {
                logProb += weights_c_f[c_i][usedFeatures[u_i]];
            }

            return logProb;
        }
    }
}
