// Re-creation (our own code) of the shape of the CS231n assignment 1 reference, cs231n/classifiers/softmax.py,
// softmax_loss_naive: scores = X[i].dot(W) per sample, scores -= np.max(scores), exp, normalise, dW += outer product.
// Layout: row-major double[N, D] samples, double[D, C] weights, a fresh scores vector per sample.
// Correct.
using System;

namespace Recreations.CS231n_NaiveLoopGradient;

/// <summary>A hand port of softmax_loss_naive: explicit loops, one sample at a time.</summary>
public static class NaiveSoftmaxClassifier
{
    /// <summary>Class probabilities of every sample; the data-loss gradient is added into <paramref name="dW"/>.</summary>
    public static double[,] ProbabilitiesAndGradient(double[,] X, double[,] W, int[] y, double[,] dW)
    {
        int numTrain = X.GetLength(0);
        int dim = X.GetLength(1);
        int numClasses = W.GetLength(1);
        var probs = new double[numTrain, numClasses];
        for (int i = 0; i < numTrain; i++)
        {
            var scores = new double[numClasses];
            for (int j = 0; j < numClasses; j++)
            {
                for (int d = 0; d < dim; d++)
                {
                    scores[j] += X[i, d] * W[d, j];
                }
            }

            // numeric stability: scores -= np.max(scores)
            double maxScore = scores[0];
            for (int j = 1; j < numClasses; j++)
            {
                if (scores[j] > maxScore) maxScore = scores[j];
            }

            double sumExp = 0.0;
            for (int j = 0; j < numClasses; j++)
            {
                scores[j] = Math.Exp(scores[j] - maxScore);
                sumExp += scores[j];
            }

            for (int j = 0; j < numClasses; j++)
            {
                probs[i, j] = scores[j] / sumExp;
                double dscore = probs[i, j] - (j == y[i] ? 1.0 : 0.0);
                for (int d = 0; d < dim; d++)
                {
                    dW[d, j] += X[i, d] * dscore / numTrain;
                }
            }
        }

        return probs;
    }
}
