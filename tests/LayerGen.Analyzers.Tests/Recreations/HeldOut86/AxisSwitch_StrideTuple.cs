// Idiom: a `switch` expression on an axis enum returning the (lanes, length, laneStep, step) walk of a 2-D tensor
// Use: generic softmax layer over a chosen axis of a flat [d0, d1] buffer
// Layout: flat double[d0 * d1], row-major storage; softmax along axis Last (rows) or First (columns)
// Correct: max, sum and division all walk the same lane
// Our own code
using System;

namespace HeldOut86.AxisSwitch_StrideTuple;

public enum Axis
{
    Last,
    First,
}

public static class AxisSoftmax
{
    public static double[] Forward(double[] x, int d0, int d1, Axis axis)
    {
        var (lanes, length, laneStep, step) = axis switch
        {
            Axis.Last => (d0, d1, d1, 1),
            Axis.First => (d1, d0, 1, d1),
            _ => throw new ArgumentOutOfRangeException(nameof(axis)),
        };

        var y = new double[x.Length];
        for (int lane = 0; lane < lanes; lane++)
        {
            int origin = lane * laneStep;
            double hi = double.NegativeInfinity;
            for (int k = 0; k < length; k++)
            {
                hi = Math.Max(hi, x[origin + k * step]);
            }

            double norm = 0.0;
            for (int k = 0; k < length; k++)
            {
                int at = origin + k * step;
                y[at] = Math.Exp(x[at] - hi);
                norm += y[at];
            }

            for (int k = 0; k < length; k++)
            {
                y[origin + k * step] /= norm;
            }
        }

        return y;
    }
}
