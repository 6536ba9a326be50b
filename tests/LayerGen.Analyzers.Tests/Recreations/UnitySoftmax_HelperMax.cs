// Re-creation (our own code) of SoftMaxActivationFunction.softMax in
// DeathByCh0c0/Softmax-Function-for-Unity3D, SoftMaxActivationFunction.cs (game AI, float, Unity style).
// Layout: one float vector. The max comes from a separate helper method, is subtracted in place, and exp is
// then called twice (once for the sum, once for the output). Correct: 1D softmax with a whole-vector max
// taken via a helper.
using System;

namespace Recreations.UnitySoftmaxHelperMax;

public static class ActionSoftmax
{
    public static float[] Apply(float[] actionScores)
    {
        float top = LargestOf(actionScores);
        for (int i = 0; i < actionScores.Length; i++)
        {
            actionScores[i] -= top;
        }

        float expTotal = 0f;
        for (int i = 0; i < actionScores.Length; i++)
        {
            expTotal += MathF.Exp(actionScores[i]);
        }

        for (int i = 0; i < actionScores.Length; i++)
        {
            actionScores[i] = MathF.Exp(actionScores[i]) / expTotal;
        }

        return actionScores;
    }

    private static float LargestOf(float[] values)
    {
        float best = float.NegativeInfinity;
        for (int i = 0; i < values.Length; i++)
        {
            if (values[i] > best)
            {
                best = values[i];
            }
        }

        return best;
    }
}
