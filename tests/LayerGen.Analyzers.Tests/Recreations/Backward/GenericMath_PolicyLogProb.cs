// Variant (our own code) of the policy-gradient pattern of AI.ML.NeuralNetwork.CoreNNW-style reinforcement
// code and of dadelcarbo/AI NeuralNetwork/Loss/CrossEntropy.cs (crossEntropy -= Math.Log(actual[i]) for the
// expected class), in generic math: log pi(a|s) = T.Log(probs[action]) of a softmax over the action scores.
// Layout: one generic vector T[] with a max-shifted softmax in the same method.
// Bug (LG0005): T.Log of a probability.
using System;
using System.Numerics;

namespace Recreations.Backward.GenericMathPolicyLogProb;

public static class Policy<T> where T : IFloatingPointIeee754<T>
{
    public static T LogProbability(T[] scores, int action)
    {
        T max = T.NegativeInfinity;
        for (int a = 0; a < scores.Length; a++)
        {
            max = T.Max(max, scores[a]);
        }

        var probs = new T[scores.Length];
        T sum = T.Zero;
        for (int a = 0; a < scores.Length; a++)
        {
            probs[a] = T.Exp(scores[a] - max);
            sum += probs[a];
        }

        for (int a = 0; a < scores.Length; a++)
        {
            probs[a] /= sum;
        }

        return T.Log(probs[action]); //~ LG0005
    }
}
