// Idiom: steering/crowd choice — each agent scores a ring of candidate directions (context steering) and turns the
// desirabilities into a softmax blend. Use: crowd simulation step.
// Layout: jagged float[][] desirability [agent][candidate]; LINQ per row (Max, Select, Sum).
// Label: Correct (row.Max() per agent). Our own code, after context-steering write-ups (interest/danger maps).
using System;
using System.Linq;

namespace HeldOut57.Steering_CandidateLinq
{
    public sealed class ContextSteering
    {
        public float[][] Blend(float[][] desirability)
        {
            return desirability.Select(row =>
            {
                float m = row.Max();
                float[] e = row.Select(v => MathF.Exp(v - m)).ToArray();
                float z = e.Sum();
                return e.Select(v => v / z).ToArray();
            }).ToArray();
        }
    }
}
