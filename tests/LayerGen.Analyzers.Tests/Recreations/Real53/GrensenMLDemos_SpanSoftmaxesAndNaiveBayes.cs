// Source: grensen/ML_demos code/neural_network_benchmark.cs:166, code/overfitting_cifar10.cs:426,
// code/multi_swarm_nn_training.cs:152 and code/numeric_naive_bayes.cs:53 (re-created, not copied)
// Layout: (1) Softmax(Span<float>): in place, `scale += neurons[n] = exp(neurons[n])`, then the reciprocal is
// multiplied in; (2) SoftArgMax(Span<float>, temp): the outputs scaled by temp in place, argmax and max in one loop,
// shifted exps stored with the running scale, a dividing loop; (3) Softmax(double[]): max, a summing loop of shifted
// exps, a fresh array of shifted exp / scale; (4) running numeric naive Bayes: a local function over captured
// arrays; for every item p the class evidence is log(count) + Σ log N(x | mean, variance) per class, exponentiated
// with a running sum (reset per item), and the class probabilities are evidence / (sum + 1e-8).
// Label: Softmax(Span) LG0003 (no maximum: an output above ~88 gives inf · 0 = NaN); SoftArgMax and
// Softmax(double[]) correct (maximum over the one vector the sum runs over); ComputePredictedProbabilities LG0003
// (the log-evidence is exponentiated without its maximum: a few features far from the class means give log
// densities below −745, every term underflows to 0 and all probabilities come out 0 instead of a distribution).
using System;

namespace Recreations.Real53.GrensenMLDemosSpanSoftmaxesAndNaiveBayes;

public static class NetworkBenchmark
{
    public static void Softmax(Span<float> neurons)
    {
        float scale = 0;
        for (int n = 0; n < neurons.Length; n++)
        {
            scale += neurons[n] = MathF.Exp(neurons[n]); //~ LG0003
        }

        scale = 1 / scale;

        for (int n = 0; n < neurons.Length; n++)
        {
            neurons[n] *= scale;
        }
    }
}

public static class OverfittingCifar10
{
    public static int SoftArgMax(Span<float> neurons, float temp = 1)
    {
        for (int n = 0; n < neurons.Length; n++)
        {
            neurons[n] *= temp;
        }

        int id = 0;
        float max = neurons[0];
        for (int i = 1; i < neurons.Length; i++)
        {
            if (neurons[i] > max)
            {
                max = neurons[i];
                id = i;
            }
        }

        float scale = 0;
        for (int n = 0; n < neurons.Length; n++)
        {
            scale += neurons[n] = MathF.Exp(neurons[n] - max);
        }

        for (int n = 0; n < neurons.Length; n++)
        {
            neurons[n] /= scale;
        }

        return id;
    }
}

public static class MultiSwarmTraining
{
    public static double[] Softmax(double[] oSums)
    {
        double max = oSums[0];
        for (int i = 0; i < oSums.Length; ++i)
        {
            if (oSums[i] > max)
            {
                max = oSums[i];
            }
        }

        double scale = 0.0;
        for (int i = 0; i < oSums.Length; ++i)
        {
            scale += Math.Exp(oSums[i] - max);
        }

        double[] result = new double[oSums.Length];
        for (int i = 0; i < oSums.Length; ++i)
        {
            result[i] = Math.Exp(oSums[i] - max) / scale;
        }

        return result;
    }
}

public struct RunningStat
{
    private int _count;
    private double _oldMean;
    private double _newMean;
    private double _oldVariance;
    private double _newVariance;

    public void Push(double x)
    {
        _count++;
        if (_count == 1)
        {
            _oldMean = _newMean = x;
            _oldVariance = 0.0;
        }
        else
        {
            _newMean = _oldMean + (x - _oldMean) / _count;
            _newVariance = _oldVariance + (x - _oldMean) * (x - _newMean);
            _oldMean = _newMean;
            _oldVariance = _newVariance;
        }
    }

    public double Mean => _count > 0 ? _newMean : 0.0;

    public double Variance => _count > 1 ? _newVariance / (_count - 1) : 0.0;
}

public static class NumericNaiveBayes
{
    /// <summary>Runs the online classifier over <paramref name="data"/> (features, then the class as a number).</summary>
    public static double[] PredictLast(double[][] data, int nx, int nc)
    {
        int count = data.Length;
        var classCounts = new int[nc];
        var evidenceTerms = new double[nx];
        var predictProbs = new double[nx];
        var stats = new RunningStat[nx * nc];

        ComputePredictedProbabilities();
        return predictProbs;

        void ComputePredictedProbabilities()
        {
            for (int p = 0; p < count - 1; p++)
            {
                ++classCounts[(int)data[p][nx]];
                for (int j = 0, c = (int)data[p][nx] * nx; j < nx; ++j, c++)
                {
                    stats[c].Push(data[p][j]);
                }

                double sumEvidence = 0.0;
                for (int c = 0, k = 0; c < nc; ++c)
                {
                    double evidence = Math.Log(classCounts[c]);
                    for (int j = 0; j < nx; ++j, k++)
                    {
                        evidence += Math.Log(ProbDensFunc(stats[k].Mean, stats[k].Variance, data[p + 1][j]));
                    }

                    sumEvidence += evidenceTerms[c] = Math.Exp(evidence); //~ LG0003
                }

                for (int c = 0; c < nc; ++c)
                {
                    predictProbs[c] = evidenceTerms[c] / (sumEvidence + 1e-8);
                }
            }
        }
    }

    private static double ProbDensFunc(double mean, double variance, double x)
    {
        double left = 1.0 / (Math.Sqrt(2 * Math.PI * variance) + 1e-8f);
        double right = Math.Exp(-(x - mean) * (x - mean) / (2 * variance + 1e-8f));
        return left * right;
    }
}
