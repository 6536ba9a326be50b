using LayerGen.Analyzers.Tests.Verification;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// Correct softmax programs written with .NET generic math (<c>INumber&lt;T&gt;</c> kernels, <c>T.MaxNumber</c>,
/// <c>T.CreateChecked</c>, <c>Vector&lt;T&gt;</c>, selectors and user numeric structs) in the theme of HeldOut94: every one
/// is silent (written after the fix94 delegate-map and member-comparison readings, to check they add no false report).
/// </summary>
public class SoftmaxModelGenericMathTwinTests
{
    /// <summary>Six correct programs, each a complete file.</summary>
    public static TheoryData<string> Programs => new()
    {
        // 1. INumber kernel over a flat row-major span, T.MaxNumber fold from T.MinValue, T.CreateChecked scale.
        """
        using System;
        using System.Numerics;

        public static class Kernel
        {
            public static void Softmax<T>(ReadOnlySpan<T> x, Span<T> y, int classes)
                where T : INumber<T>, IMinMaxValue<T>, IExponentialFunctions<T>
            {
                T scale = T.CreateChecked(1.0);
                for (int r = 0; r < x.Length / classes; r++)
                {
                    var row = x.Slice(r * classes, classes);
                    T peak = T.MinValue;
                    foreach (T v in row) peak = T.MaxNumber(peak, v);
                    T z = T.Zero;
                    for (int c = 0; c < classes; c++)
                    {
                        y[r * classes + c] = T.Exp(scale * (row[c] - peak));
                        z += y[r * classes + c];
                    }
                    for (int c = 0; c < classes; c++) y[r * classes + c] /= z;
                }
            }
        }
        """,
        // 2. Column-major T[classes, batch] with a per-sample peak through a generic selector.
        """
        using System;
        using System.Numerics;

        public static class Columns
        {
            public static T[,] Softmax<TIn, T>(TIn[,] z, Func<TIn, T> read)
                where T : IFloatingPointIeee754<T>
            {
                int classes = z.GetLength(0), batch = z.GetLength(1);
                var p = new T[classes, batch];
                for (int b = 0; b < batch; b++)
                {
                    T peak = T.NegativeInfinity;
                    for (int c = 0; c < classes; c++) peak = T.Max(peak, read(z[c, b]));
                    T sum = T.Zero;
                    for (int c = 0; c < classes; c++) sum += p[c, b] = T.Exp(read(z[c, b]) - peak);
                    for (int c = 0; c < classes; c++) p[c, b] /= sum;
                }
                return p;
            }
        }
        """,
        // 3. Vector<T> max and sum per row, scalar tail, jagged rows.
        """
        using System;
        using System.Numerics;

        public static class Lanes
        {
            public static void Softmax<T>(T[][] rows)
                where T : unmanaged, IFloatingPointIeee754<T>
            {
                foreach (T[] row in rows)
                {
                    T peak = T.NegativeInfinity;
                    for (int i = 0; i < row.Length; i++) peak = T.Max(peak, row[i]);
                    T sum = T.Zero;
                    for (int i = 0; i < row.Length; i++) { row[i] = T.Exp(row[i] - peak); sum += row[i]; }
                    var inv = new Vector<T>(T.One / sum);
                    int k = 0;
                    for (; k <= row.Length - Vector<T>.Count; k += Vector<T>.Count)
                        (new Vector<T>(row, k) * inv).CopyTo(row, k);
                    for (; k < row.Length; k++) row[k] /= sum;
                }
            }
        }
        """,
        // 4. A user struct wrapping a double, max by a static Max comparing .Value, shift through its operator -.
        """
        using System;

        public readonly struct Logit : IComparable<Logit>
        {
            public Logit(double value) => Value = value;
            public double Value { get; }
            public int CompareTo(Logit other) => Value.CompareTo(other.Value);
            public static Logit Max(Logit a, Logit b) => a.Value >= b.Value ? a : b;
            public static Logit operator -(Logit a, Logit b) => new(a.Value - b.Value);
        }

        public static class Policy
        {
            public static double[] Probabilities(Logit[] actions)
            {
                Logit best = actions[0];
                for (int a = 1; a < actions.Length; a++) best = Logit.Max(best, actions[a]);
                var p = new double[actions.Length];
                double z = 0;
                for (int a = 0; a < actions.Length; a++) z += p[a] = Math.Exp((actions[a] - best).Value);
                for (int a = 0; a < actions.Length; a++) p[a] /= z;
                return p;
            }
        }
        """,
        // 5. A list of samples through a Func<TElem, double>, each shifted by its own max and normalised by its own sum.
        """
        using System;
        using System.Collections.Generic;
        using System.Linq;

        public static class Samples
        {
            public static List<double[]> Normalise<TElem>(List<TElem[]> samples, Func<TElem, double> value)
            {
                var result = new List<double[]>(samples.Count);
                foreach (TElem[] sample in samples)
                {
                    double shift = sample.Max(value);
                    double[] numer = sample.Select(t => Math.Exp(value(t) - shift)).ToArray();
                    double denominator = numer.Sum();
                    result.Add(numer.Select(e => e / denominator).ToArray());
                }
                return result;
            }
        }
        """,
        // 6. Online generic softmax per row with a running max and rescaled sum, T.CreateChecked temperature.
        """
        using System;
        using System.Numerics;

        public static class Online
        {
            public static T[,] Softmax<T>(T[,] x, double temperature)
                where T : IFloatingPointIeee754<T>
            {
                T tau = T.CreateChecked(temperature);
                int rows = x.GetLength(0), cols = x.GetLength(1);
                var y = new T[rows, cols];
                for (int r = 0; r < rows; r++)
                {
                    T m = T.NegativeInfinity, d = T.Zero;
                    for (int c = 0; c < cols; c++)
                    {
                        T v = x[r, c] / tau;
                        T next = T.Max(m, v);
                        d = d * T.Exp(m - next) + T.Exp(v - next);
                        m = next;
                    }
                    for (int c = 0; c < cols; c++) y[r, c] = T.Exp(x[r, c] / tau - m) / d;
                }
                return y;
            }
        }
        """,
    };

    /// <summary>Each program is silent.</summary>
    [Theory]
    [MemberData(nameof(Programs))]
    public async Task CorrectGenericMathProgram_Silent(string source) =>
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(source);
}
