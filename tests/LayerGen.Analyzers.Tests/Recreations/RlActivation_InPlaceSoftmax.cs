// Re-creation (our own code) of Activation.Softmax in franzvrolijk/reinforcement-learning,
// src/ReinforcementLearning/Activation.cs (policy outputs of an RL agent).
// Layout: one vector (double[]) overwritten in place: values.Max(), then exp and a running "scale" sum,
// then a division pass. Correct: 1D softmax, the max spans the whole (single) vector.
using System;
using System.Linq;

namespace Recreations.RlActivationInPlaceSoftmax;

public static class PolicyHead
{
    public static double[] SoftmaxInPlace(double[] actionValues)
    {
        double highest = actionValues.Max();
        double scale = 0.0;
        for (int a = 0; a < actionValues.Length; a++)
        {
            actionValues[a] = Math.Exp(actionValues[a] - highest);
            scale += actionValues[a];
        }

        for (int a = 0; a < actionValues.Length; a++)
        {
            actionValues[a] /= scale;
        }

        return actionValues;
    }
}
