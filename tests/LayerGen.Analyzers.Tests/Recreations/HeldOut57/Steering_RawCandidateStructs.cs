// Idiom: steering/crowd choice with an array of candidate structs per agent (desirability in, weight out), sharpened by a
// public field. Use: crowd simulation step, weights later used to blend the candidate directions.
// Layout: SteerCandidate[][] (jagged arrays of structs), fields written in place; user Mathx wrapper.
// Label: LG0003 — the weight is Mathx.Exp of the raw scaled desirability, no peak subtracted (Inf/Inf for large scores).
// Our own code.
using System;

namespace HeldOut57.Steering_RawCandidateStructs
{
    public static class Mathx
    {
        public static float Exp(float v) => MathF.Exp(v);
    }

    public struct SteerCandidate
    {
        public float AngleDegrees;
        public float Desirability;
        public float Weight;
    }

    public sealed class CrowdSteering
    {
        public float Sharpness = 1f;

        public void Weigh(SteerCandidate[][] agents)
        {
            for (int i = 0; i < agents.Length; i++)
            {
                SteerCandidate[] c = agents[i];
                float sum = 0f;
                for (int k = 0; k < c.Length; k++)
                {
                    c[k].Weight = Mathx.Exp(c[k].Desirability * Sharpness); //~ LG0003
                    sum += c[k].Weight;
                }

                for (int k = 0; k < c.Length; k++)
                    c[k].Weight /= sum;
            }
        }
    }
}
