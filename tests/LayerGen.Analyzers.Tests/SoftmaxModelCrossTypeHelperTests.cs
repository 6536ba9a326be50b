using LayerGen.Analyzers.Tests.Verification;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// Helpers declared in another type of the file (<see cref="LayerGen.Analyzers.Softmax.Model.HelperReach"/>): a static
/// utility class (<c>MathUtil.Sum(frames)</c>, <c>ArrayUtils.Max(row)</c>, <c>Vec.Exp(scores)</c>) and a non-virtual
/// helper inherited from a base class (a protected method folding a buffer into a protected field or returning it) are
/// followed like a helper of the method's own type: a too-wide max or sum, or an exp of raw logits, is found at the call
/// that passes the wrong data, and the same helper given one row, or shifted values, stays silent. A virtual helper is
/// not followed (another override may run), and a helper whose body names something the caller cannot see (a private
/// field of the base) is not inlined.
/// </summary>
public class SoftmaxModelCrossTypeHelperTests
{
    private const string ArrayUtils = """
        public static class ArrayUtils
        {
            public static float Max(float[] a)
            {
                var m = float.NegativeInfinity;
                for (var i = 0; i < a.Length; i++) m = MathF.Max(m, a[i]);
                return m;
            }

            public static float Sum(float[] a)
            {
                var s = 0f;
                foreach (var v in a) s += v;
                return s;
            }
        }
        """;

    /// <summary>Jagged rows: the utility's max over one row is right, over a flattened batch it is too wide.</summary>
    [Theory]
    [InlineData("ArrayUtils.Max(all)", "LG0001")]
    [InlineData("ArrayUtils.Max(row)", null)]
    public async Task StaticUtilityMax_OverTheBatchOrOneRow(string peak, string? expected)
    {
        var source = $$"""
            using System;
            using System.Linq;

            {{ArrayUtils}}

            public sealed class Head
            {
                public void Forward(float[][] rows)
                {
                    var all = rows.SelectMany(r => r).ToArray();
                    foreach (var row in rows)
                    {
                        var m = {{peak}};
                        var s = 0f;
                        for (var j = 0; j < row.Length; j++) { row[j] = MathF.Exp(row[j] - m); s += row[j]; }
                        for (var j = 0; j < row.Length; j++) row[j] /= s;
                    }
                }
            }
            """;
        Assert.Equal(Expected(expected), await FixRunner.ReportedIdsAsync(source));
    }

    /// <summary>A flat batch: per-row range helpers of a static class, then a whole-array <c>Sum</c> or a per-row one.</summary>
    [Theory]
    [InlineData("MathUtil.Sum(frames)", "norm", "LG0002")]
    [InlineData("MathUtil.Sum(frames, f * width, width)", "norm", null)]
    public async Task StaticUtilitySum_OverTheFlatBatchOrOneFrame(string sum, string name, string? expected)
    {
        var source = $$"""
            using System;

            public static class MathUtil
            {
                public static float Sum(float[] a)
                {
                    var s = 0f;
                    for (var i = 0; i < a.Length; i++) s += a[i];
                    return s;
                }

                public static float Sum(float[] a, int offset, int count)
                {
                    var s = 0f;
                    for (var i = offset; i < offset + count; i++) s += a[i];
                    return s;
                }

                public static float Max(float[] a, int offset, int count)
                {
                    var m = a[offset];
                    for (var i = offset + 1; i < offset + count; i++) if (a[i] > m) m = a[i];
                    return m;
                }
            }

            public sealed class Frames(int width)
            {
                public void Forward(float[] frames)
                {
                    var count = frames.Length / width;
                    for (var f = 0; f < count; f++)
                    {
                        var m = MathUtil.Max(frames, f * width, width);
                        for (var j = f * width; j < (f + 1) * width; j++) frames[j] = MathF.Exp(frames[j] - m);
                    }

                    for (var f = 0; f < count; f++)
                    {
                        var {{name}} = {{sum}};
                        for (var j = f * width; j < (f + 1) * width; j++) frames[j] /= {{name}};
                    }
                }
            }
            """;
        Assert.Equal(Expected(expected), await FixRunner.ReportedIdsAsync(source));
    }

    /// <summary>
    /// A protected helper of an abstract base folds a buffer into a protected field, or returns its peak; the derived
    /// layer passes the whole flat batch (too wide) or one row's copy (right).
    /// </summary>
    [Theory]
    [InlineData("TrackPeak(buffer);", "Peak", "LG0001")]
    [InlineData("this.TrackPeak(buffer);", "Peak", "LG0001")]
    [InlineData("var peak = PeakOf(buffer);", "peak", "LG0001")]
    [InlineData("TrackPeak(buffer.AsSpan(b * width, width).ToArray());", "Peak", null)]
    [InlineData("var peak = PeakOf(buffer.AsSpan(b * width, width).ToArray());", "peak", null)]
    public async Task BaseClassHelper_OverTheBatchOrOneRow(string track, string peak, string? expected)
    {
        var perRow = expected is null;
        var source = $$"""
            using System;

            public abstract class ActivationLayer
            {
                protected float Peak;

                protected void TrackPeak(float[] values)
                {
                    Peak = float.NegativeInfinity;
                    foreach (var v in values) if (v > Peak) Peak = v;
                }

                protected float PeakOf(float[] values)
                {
                    var m = float.NegativeInfinity;
                    for (var i = 0; i < values.Length; i++) m = MathF.Max(m, values[i]);
                    return m;
                }

                public abstract void Forward(float[] buffer, int batch, int width);
            }

            public sealed class SoftmaxLayer : ActivationLayer
            {
                public override void Forward(float[] buffer, int batch, int width)
                {
                    {{(perRow ? "" : track)}}
                    for (var b = 0; b < batch; b++)
                    {
                        {{(perRow ? track : "")}}
                        var start = b * width;
                        var sum = 0f;
                        for (var j = start; j < start + width; j++) { buffer[j] = MathF.Exp(buffer[j] - {{peak}}); sum += buffer[j]; }
                        for (var j = start; j < start + width; j++) buffer[j] /= sum;
                    }
                }
            }
            """;
        Assert.Equal(Expected(expected), await FixRunner.ReportedIdsAsync(source));
    }

    /// <summary>
    /// A virtual helper is not followed (the runtime may call another override), so its too-wide fold is not claimed.
    /// A non-virtual one reading a private field of the base (which the derived type cannot name, so it is not inlined)
    /// is still summarised in its own type's terms: its max over the whole batch is found.
    /// </summary>
    [Theory]
    [InlineData("protected virtual float PeakOf(float[] values)", "", null)]
    [InlineData("public virtual float PeakOf(float[] values)", "", null)]
    [InlineData("protected float PeakOf(float[] values)", "private float _floor = float.NegativeInfinity;", "LG0001")]
    public async Task VirtualBaseHelper_IsNotFollowed(string signature, string field, string? expected)
    {
        var start = field.Length > 0 ? "_floor" : "float.NegativeInfinity";
        var source = $$"""
            using System;

            public abstract class LayerBase
            {
                {{field}}

                {{signature}}
                {
                    var m = {{start}};
                    for (var i = 0; i < values.Length; i++) m = MathF.Max(m, values[i]);
                    return m;
                }
            }

            public sealed class SoftmaxLayer : LayerBase
            {
                public void Forward(float[] buffer, int batch, int width)
                {
                    var peak = PeakOf(buffer);
                    for (var b = 0; b < batch; b++)
                    {
                        var sum = 0f;
                        for (var j = b * width; j < (b + 1) * width; j++) { buffer[j] = MathF.Exp(buffer[j] - peak); sum += buffer[j]; }
                        for (var j = b * width; j < (b + 1) * width; j++) buffer[j] /= sum;
                    }
                }
            }
            """;
        Assert.Equal(Expected(expected), await FixRunner.ReportedIdsAsync(source));
    }

    /// <summary>
    /// An array-returning exp utility carries the exps of its argument element by element: on raw scores the softmax
    /// overflows (LG0003 at the call); on scores shifted by their max, by a utility or inline, it is silent.
    /// </summary>
    [Theory]
    [InlineData("var e = Vec.Exp(scores);", "LG0003")]
    [InlineData("var e = Vec.Exp(Vec.Subtract(scores, Vec.Max(scores)));", null)]
    [InlineData("var m = Vec.Max(scores); var shifted = new double[scores.Length]; for (var i = 0; i < scores.Length; i++) shifted[i] = scores[i] - m; var e = Vec.Exp(shifted);", null)]
    [InlineData("var e = Vec.ExpLinq(Vec.Subtract(scores, Vec.Max(scores)));", null)]
    public async Task ArrayReturningExpUtility_RawOrShifted(string exps, string? expected)
    {
        var source = $$"""
            using System;
            using System.Linq;

            public static class Vec
            {
                public static double[] Exp(double[] a)
                {
                    var r = new double[a.Length];
                    for (var i = 0; i < a.Length; i++) r[i] = Math.Exp(a[i]);
                    return r;
                }

                public static double[] ExpLinq(double[] a) => a.Select(Math.Exp).ToArray();

                public static double[] Subtract(double[] a, double v)
                {
                    var r = new double[a.Length];
                    for (var i = 0; i < a.Length; i++) r[i] = a[i] - v;
                    return r;
                }

                public static double Max(double[] a)
                {
                    var m = double.NegativeInfinity;
                    for (var i = 0; i < a.Length; i++) m = Math.Max(m, a[i]);
                    return m;
                }

                public static double Sum(double[] a)
                {
                    var s = 0.0;
                    for (var i = 0; i < a.Length; i++) s += a[i];
                    return s;
                }
            }

            public static class Normalizers
            {
                public static double[] Softmax(double[] scores)
                {
                    {{exps}}
                    var s = Vec.Sum(e);
                    var p = new double[e.Length];
                    for (var i = 0; i < e.Length; i++) p[i] = e[i] / s;
                    return p;
                }
            }
            """;
        Assert.Equal(Expected(expected), await FixRunner.ReportedIdsAsync(source));
    }

    private static string[] Expected(string? id) => id is null ? [] : [id];
}
