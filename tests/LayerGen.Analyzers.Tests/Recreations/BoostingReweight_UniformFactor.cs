// Re-creation (our own code) of the sample re-weighting step of AdaBoost (accord-net/framework,
// Sources/Accord.MachineLearning/Boosting/AdaBoost.cs, Learn): each round computes one model weight
// alpha = 1/2 log((1 - error) / error) from the weighted error, multiplies every sample weight by exp(-alpha) or
// exp(+alpha) (correct or wrong prediction) and renormalises by the sum. The exp's argument is the same for every
// sample (one value per round, |alpha| small for any error in (0, 0.5)): it exponentiates no logit of the slice, so
// there is no maximum to subtract. Also written with a ternary and with a float weight vector. Correct.
using System;

namespace Recreations.BoostingReweight_UniformFactor;

public static class Boosting
{
    public static void Reweight(double[] weights, bool[] correct)
    {
        double error = 0.0;
        for (int i = 0; i < weights.Length; i++)
            if (!correct[i])
                error += weights[i];
        double alpha = 0.5 * Math.Log((1.0 - error) / error);

        double sum = 0.0;
        for (int i = 0; i < weights.Length; i++)
        {
            double factor;
            if (correct[i])
                factor = Math.Exp(-alpha);
            else
                factor = Math.Exp(+alpha);
            weights[i] *= factor;
            sum += weights[i];
        }

        for (int i = 0; i < weights.Length; i++)
            weights[i] /= sum;
    }

    public static void ReweightRounds(float[] weights, int[] labels, int[] predicted, int rounds, float learningRate)
    {
        for (int round = 0; round < rounds; round++)
        {
            float error = 0f;
            for (int i = 0; i < weights.Length; i++)
                error += labels[i] == predicted[i] ? 0f : weights[i];
            float alpha = learningRate * MathF.Log((1f - error) / error);
            float total = 0f;
            for (int i = 0; i < weights.Length; i++)
            {
                weights[i] *= labels[i] == predicted[i] ? MathF.Exp(-alpha) : MathF.Exp(alpha);
                total += weights[i];
            }

            for (int i = 0; i < weights.Length; i++)
                weights[i] /= total;
        }
    }
}
