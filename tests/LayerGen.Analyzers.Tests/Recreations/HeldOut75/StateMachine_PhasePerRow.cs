// Idiom: a softmax driven as a state machine: one `while` loop, a `switch` on an enum phase, one element per step.
// Use: an incremental scorer that can be paused between steps (policy head of a game agent).
// Layout: jagged float[batch][classes].
// Correct: the Start phase clears the peak and the sum for every row before Peak/Sum/Write run on that row.
// Our own code.
using System;

namespace HeldOut75.StateMachine_PhasePerRow;

public enum Phase { Start, Peak, Sum, Write, Done }

public static class PolicyMachine
{
    public static float[][] Run(float[][] logits)
    {
        var output = new float[logits.Length][];
        var phase = logits.Length == 0 ? Phase.Done : Phase.Start;
        int row = 0, col = 0;
        float peak = 0f, sum = 0f;
        while (phase != Phase.Done)
        {
            switch (phase)
            {
                case Phase.Start:
                    output[row] = new float[logits[row].Length];
                    peak = float.NegativeInfinity;
                    sum = 0f;
                    col = 0;
                    phase = Phase.Peak;
                    break;
                case Phase.Peak:
                    if (logits[row][col] > peak) peak = logits[row][col];
                    if (++col == logits[row].Length) { col = 0; phase = Phase.Sum; }
                    break;
                case Phase.Sum:
                    output[row][col] = MathF.Exp(logits[row][col] - peak);
                    sum += output[row][col];
                    if (++col == logits[row].Length) { col = 0; phase = Phase.Write; }
                    break;
                case Phase.Write:
                    output[row][col] /= sum;
                    if (++col < logits[row].Length) break;
                    phase = ++row < logits.Length ? Phase.Start : Phase.Done;
                    break;
            }
        }
        return output;
    }
}
