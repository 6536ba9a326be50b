// Idiom: a user numeric type wrapping a float, `readonly record struct Logit(float Value)`, implementing the generic-math
// operator interfaces `IComparisonOperators<Logit, Logit, bool>` and `ISubtractionOperators<Logit, Logit, Logit>`;
// the peak is found with `z > peak`, the exp is `MathF.Exp((z - peak).Value)`.
// Use: probabilities over candidate actions per state. Layout: jagged `Logit[][]`, one array per state.
// Correct.
// Our own code.
using System;
using System.Numerics;

namespace HeldOut94.UserStruct_LogitOperators;

public readonly record struct Logit(float Value)
    : IComparisonOperators<Logit, Logit, bool>, ISubtractionOperators<Logit, Logit, Logit>
{
    public static Logit operator -(Logit left, Logit right) => new(left.Value - right.Value);

    public static bool operator >(Logit left, Logit right) => left.Value > right.Value;

    public static bool operator <(Logit left, Logit right) => left.Value < right.Value;

    public static bool operator >=(Logit left, Logit right) => left.Value >= right.Value;

    public static bool operator <=(Logit left, Logit right) => left.Value <= right.Value;
}

public static class Policy
{
    public static float[][] Probabilities(Logit[][] states)
    {
        var result = new float[states.Length][];
        for (int s = 0; s < states.Length; s++)
        {
            Logit[] actions = states[s];
            Logit peak = actions[0];
            foreach (Logit z in actions)
            {
                if (z > peak) peak = z;
            }

            var probs = new float[actions.Length];
            float sum = 0f;
            for (int a = 0; a < actions.Length; a++)
            {
                probs[a] = MathF.Exp((actions[a] - peak).Value);
                sum += probs[a];
            }

            for (int a = 0; a < probs.Length; a++)
            {
                probs[a] /= sum;
            }

            result[s] = probs;
        }

        return result;
    }
}
