// Idiom: Stack<double[]> of frames unwound with Pop; shifted exps produced by a `yield return` helper and
// materialised once with ToArray before the Sum.
// Use: normalising the frames of an undo stack, newest first.
// Layout: Stack<double[]> → List<double[]> in pop order.
// Correct: each popped frame's own max is passed to the lazy helper; the sum is over that frame's exps.
// Our own code.
using System;
using System.Collections.Generic;
using System.Linq;

namespace HeldOut71.Stack_UndoFramesPerFrame;

public static class FrameStack
{
    public static List<double[]> Unwind(Stack<double[]> frames)
    {
        var unwound = new List<double[]>();
        while (frames.Count > 0)
        {
            double[] frame = frames.Pop();
            double peak = frame.Max();
            double[] e = ShiftedExps(frame, peak).ToArray();
            double total = e.Sum();
            unwound.Add(e.Select(v => v / total).ToArray());
        }
        return unwound;
    }

    static IEnumerable<double> ShiftedExps(double[] frame, double peak)
    {
        foreach (double v in frame) yield return Math.Exp(v - peak);
    }
}
