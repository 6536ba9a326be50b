// Correct twins of LocalFold_RawExps (our own code): the same folds in local functions, lambdas and private helpers,
// with each exp shifted by the maximum over its softmax axis (inside the function, or by a maximum a local function
// returns per row), and the class scores shifted by their maximum over the classes (log-sum-exp). Nothing to report.
using System;
using System.Linq;

namespace Recreations.LocalFold_ShiftedExps;

public static class Agents
{
    /// <summary>Boltzmann exploration over Q-values shifted by their maximum inside the local function.</summary>
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
            double max = q.Max();
            double sum = 0.0;
            for (int a = 0; a < q.Length; a++)
            {
                weights[a] = Math.Exp((q[a] - max) / tau);
                sum += weights[a];
            }

            return sum;
        }
    }

    /// <summary>A policy head sampled by walking the draw down over max-shifted exps.</summary>
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
            float max = source.Max();
            float sum = 0f;
            for (int i = 0; i < source.Length; i++)
            {
                destination[i] = MathF.Exp(source[i] - max);
                sum += destination[i];
            }

            return sum;
        }
    }
}

public static class TextClassifier
{
    /// <summary>Multinomial naive Bayes with log-sum-exp: the scores from a local function, shifted by their maximum.</summary>
    public static double[] Posterior(double[] prior, double[][] wordLikelihood, int[] words)
    {
        var logScores = new double[prior.Length];
        for (int c = 0; c < prior.Length; c++)
        {
            logScores[c] = ClassScore(c);
        }

        double best = logScores.Max();
        var posterior = new double[prior.Length];
        double evidence = 0;
        for (int c = 0; c < prior.Length; c++)
        {
            posterior[c] = Math.Exp(logScores[c] - best);
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

    /// <summary>The LINQ posterior of a private helper's scores, shifted by their maximum.</summary>
    public static float[] PosteriorLinq(float[] prior, float[][] likelihood)
    {
        var scores = new float[prior.Length];
        for (int c = 0; c < prior.Length; c++)
        {
            scores[c] = LogJoint(prior[c], likelihood[c]);
        }

        float max = scores.Max();
        float z = 0f;
        for (int c = 0; c < prior.Length; c++)
        {
            scores[c] = MathF.Exp(scores[c] - max);
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
    /// <summary>Attention weights: a lambda fills the shifted exps and returns their total.</summary>
    public static void Weights(double[] scores, double[] weights)
    {
        Func<double> exponentiate = () =>
        {
            double max = scores.Max();
            double total = 0;
            for (int j = 0; j < scores.Length; j++)
            {
                weights[j] = Math.Exp(scores[j] - max);
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

    /// <summary>Row-wise attention shifted by each row's own peak, which a local function returns.</summary>
    public static void RowWeights(float[,] scores, float[,] weights)
    {
        int queries = scores.GetLength(0), keys = scores.GetLength(1);
        for (int i = 0; i < queries; i++)
        {
            float peak = RowPeak(i);
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

        float RowPeak(int row)
        {
            float best = float.NegativeInfinity;
            for (int j = 0; j < keys; j++)
            {
                best = MathF.Max(best, scores[row, j]);
            }

            return best;
        }
    }
}
