// Variants (our own code) of softmax folds written inside local functions, lambdas and private helpers, the way a
// reinforcement-learning agent, a naive-Bayes text classifier and an attention layer split their loops into small
// named pieces: the fold fills a captured or passed array with exps and returns their total, or accumulates a class's
// log score and returns it, or returns a maximum. Bugs: LG0003 (exps of raw Q-values, raw log-domain scores, raw
// attention scores: overflow to ∞ above ~709 in double and ~88 in float, or 0 / 0 when every score lies far below 0),
// LG0001 (a maximum over the whole batch subtracted from every row: rows far below the batch's peak underflow to 0 / 0).
using System;
using System.Linq;

namespace Recreations.LocalFold_RawExps;

public static class Agents
{
    /// <summary>Boltzmann exploration; the weights and their total come from a local function declared after use.</summary>
    public static int BoltzmannAction(double[] q, double tau, Random rng)
    {
        var weights = new double[q.Length];
        double total = FillWeights();
        double target = rng.NextDouble() * total;
        double cumulative = 0.0;
        for (int a = 0; a < q.Length; a++)
        {
            cumulative += weights[a];
            if (cumulative >= target)
            {
                return a;
            }
        }

        return q.Length - 1;

        double FillWeights()
        {
            double sum = 0.0;
            for (int a = 0; a < q.Length; a++)
            {
                weights[a] = Math.Exp(q[a] / tau); //~ LG0003
                sum += weights[a];
            }

            return sum;
        }
    }

    /// <summary>A policy head sampled by walking the draw down; a static local function fills the array it is passed.</summary>
    public static int SamplePolicy(float[] logits, Random rng)
    {
        var probabilities = new float[logits.Length];
        float remaining = (float)rng.NextDouble() * Exponentiate(logits, probabilities);
        for (int a = 0; a < logits.Length; a++)
        {
            remaining -= probabilities[a];
            if (remaining <= 0f)
            {
                return a;
            }
        }

        return logits.Length - 1;

        static float Exponentiate(float[] source, float[] destination)
        {
            float sum = 0f;
            for (int i = 0; i < source.Length; i++)
            {
                destination[i] = MathF.Exp(source[i]); //~ LG0003
                sum += destination[i];
            }

            return sum;
        }
    }
}

public static class TextClassifier
{
    /// <summary>Multinomial naive Bayes: each class's log score is accumulated in a local function and exponentiated as is.</summary>
    public static double[] Posterior(double[] prior, double[][] wordLikelihood, int[] words)
    {
        var posterior = new double[prior.Length];
        double evidence = 0;
        for (int c = 0; c < prior.Length; c++)
        {
            double logScore = ClassScore(c);
            posterior[c] = Math.Exp(logScore); //~ LG0003
            evidence += posterior[c];
        }

        for (int c = 0; c < prior.Length; c++)
        {
            posterior[c] /= evidence;
        }

        return posterior;

        double ClassScore(int c)
        {
            double score = Math.Log(prior[c]);
            foreach (int w in words)
            {
                score += Math.Log(wordLikelihood[c][w]);
            }

            return score;
        }
    }

    /// <summary>The same posterior with an expression-bodied private helper summing the logs with LINQ.</summary>
    public static float[] PosteriorLinq(float[] prior, float[][] likelihood)
    {
        var scores = new float[prior.Length];
        for (int c = 0; c < prior.Length; c++)
        {
            scores[c] = LogJoint(prior[c], likelihood[c]);
        }

        float z = 0f;
        for (int c = 0; c < prior.Length; c++)
        {
            scores[c] = MathF.Exp(scores[c]); //~ LG0003
            z += scores[c];
        }

        for (int c = 0; c < prior.Length; c++)
        {
            scores[c] /= z;
        }

        return scores;
    }

    private static float LogJoint(float prior, float[] likelihood) => MathF.Log(prior) + likelihood.Sum(l => MathF.Log(l));
}

public static class Attention
{
    /// <summary>Attention weights: a lambda fills the exps of the scores and returns their total.</summary>
    public static void Weights(double[] scores, double[] weights)
    {
        Func<double> exponentiate = () =>
        {
            double total = 0;
            for (int j = 0; j < scores.Length; j++)
            {
                weights[j] = Math.Exp(scores[j]); //~ LG0003
                total += weights[j];
            }

            return total;
        };

        double norm = exponentiate();
        for (int j = 0; j < weights.Length; j++)
        {
            weights[j] /= norm;
        }
    }

    /// <summary>Row-wise attention over [queries, keys] shifted by a peak that a local function takes over every row.</summary>
    public static void RowWeights(float[,] scores, float[,] weights)
    {
        int queries = scores.GetLength(0), keys = scores.GetLength(1);
        float peak = Peak();
        for (int i = 0; i < queries; i++)
        {
            float sum = 0f;
            for (int j = 0; j < keys; j++)
            {
                weights[i, j] = MathF.Exp(scores[i, j] - peak);
                sum += weights[i, j];
            }

            for (int j = 0; j < keys; j++)
            {
                weights[i, j] /= sum;
            }
        }

        float Peak()
        {
            float best = float.NegativeInfinity;
            for (int i = 0; i < queries; i++)
            {
                for (int j = 0; j < keys; j++)
                {
                    best = MathF.Max(best, scores[i, j]); //~ LG0001
                }
            }

            return best;
        }
    }
}
