// Idiom: fan-out of one task per outer index (Task.Run + Task.WhenAll); each worker softmaxes every fibre of its block
// along the middle axis, stepping by the inner stride.
// Use: a softmax over dim=1 of an [N, C, H·W] segmentation map, computed per image on the thread pool.
// Layout: flat double[outer * axis * inner] (outer, axis, inner); element (o, a, i) at (o * axis + a) * inner + i.
// Correct.
// Our own code.
#nullable enable
using System;
using System.Linq;
using System.Threading.Tasks;

namespace HeldOut99.FanOut_StridedAxis;

public static class AxisSoftmax
{
    public static Task RunAsync(double[] data, int outer, int axis, int inner) =>
        Task.WhenAll(Enumerable.Range(0, outer).Select(o => Task.Run(() => Block(data, o, axis, inner))));

    private static void Block(double[] data, int o, int axis, int inner)
    {
        int baseIndex = o * axis * inner;
        for (int i = 0; i < inner; i++)
        {
            int first = baseIndex + i;
            double max = data[first];
            for (int a = 1; a < axis; a++)
            {
                max = Math.Max(max, data[first + a * inner]);
            }

            double sum = 0.0;
            for (int a = 0; a < axis; a++)
            {
                int at = first + a * inner;
                data[at] = double.Exp(data[at] - max);
                sum += data[at];
            }

            for (int a = 0; a < axis; a++)
            {
                data[first + a * inner] /= sum;
            }
        }
    }
}
