// Idiom: a discrete action selector running every control tick (e.g. speed/steer bins of a local planner), scores of
// all ticks of a log replay in one flat buffer; a local function normalises one tick's slice, a stack scratch buffer
// is reused for every tick.
// Layout: ReadOnlySpan<float> scores, tick k = Slice(k * actions, actions); Span<float> output; float.Exp.
// Correct: the local function takes the max and sum of its own slice.
using System;

namespace HeldOut48.ControlTick_SpanLocalFunction;

public static class ActionSelector
{
    public static void TickProbabilities(ReadOnlySpan<float> scores, int actions, Span<float> probs)
    {
        Span<float> scratch = actions <= 128 ? stackalloc float[actions] : new float[actions];
        int ticks = scores.Length / actions;
        for (int k = 0; k < ticks; k++)
        {
            Normalise(scores.Slice(k * actions, actions), scratch);
            scratch.CopyTo(probs.Slice(k * actions, actions));
        }

        static void Normalise(ReadOnlySpan<float> z, Span<float> p)
        {
            float top = float.NegativeInfinity;
            foreach (float v in z)
            {
                top = MathF.Max(top, v);
            }

            float s = 0f;
            for (int a = 0; a < z.Length; a++)
            {
                p[a] = float.Exp(z[a] - top);
                s += p[a];
            }

            for (int a = 0; a < z.Length; a++)
            {
                p[a] /= s;
            }
        }
    }
}
