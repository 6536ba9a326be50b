using LayerGen.Differentiation.Lowering;
using static LayerGen.Generator.Tests.Differentiation.DifferentiationHarness;

namespace LayerGen.Generator.Tests.Differentiation;

/// <summary>
/// Every way C# copies a row: array copies between buffers the subset knows (Array.Copy, Array.ConstrainedCopy,
/// array.CopyTo(array, index)) are element loops, checked against central differences (double); copies into a new
/// array (a range of an array, ToArray, Clone, a spread) are LG1117 at the copy, saying what to write instead.
/// </summary>
public class ArrayCopyTests
{
    [Fact]
    public void Array_copy_forms_between_heap_buffers() => GradientCheck.VerifyRows("""
        static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
        {
            double[] s = new double[8];
            for (int i = 0; i < 8; i++) s[i] = Math.Tanh(x[i]) * x[i];
            double[] head = new double[8];
            Array.Copy(s, head, 6);
            double[] shifted = new double[7];
            Array.Copy(s, 1, shifted, 0, 7);
            double[] whole = new double[10];
            s.CopyTo(whole, 2);
            double[] again = new double[8];
            Array.ConstrainedCopy(s, 0, again, 0, s.Length);
            for (int i = 0; i < 7; i++) y[i] = head[i] * shifted[i] + whole[i + 2] - 0.5 * again[i + 1];
        }
        """, 8, 7);

    public static TheoryData<string, string, string> Copies() => new()
    {
        { "a range of a heap array held in an array local", "double[] tail = {|#0:smooth[1..]|};\nfor (int i = 0; i < 7; i++) y[i] = tail[i] - smooth[i];", "smooth.AsSpan(1..)" },
        { "a range of a heap array held in a span local", "ReadOnlySpan<double> tail = {|#0:smooth[1..^0]|};\nfor (int i = 0; i < 7; i++) y[i] = tail[i] - smooth[i];", "smooth.AsSpan(1..^0)" },
        { "a range of a heap array in a foreach", "int j = 0;\nforeach (double v in {|#0:smooth[..7]|}) y[j++] = v;", "smooth.AsSpan(..7)" },
        { "a range of a heap array as a CopyTo source", "{|#0:smooth[1..]|}.CopyTo(y);", "smooth.AsSpan(1..)" },
        { "ToArray of the input row", "double[] c = {|#0:x.ToArray()|};\nfor (int i = 0; i < 7; i++) y[i] = c[i] * smooth[i];", "read 'x' itself" },
        { "ToArray of a slice", "double[] c = {|#0:x.Slice(1, 7).ToArray()|};\nfor (int i = 0; i < 7; i++) y[i] = c[i] * smooth[i];", "CopyTo" },
        { "Clone of a heap array", "double[] c = (double[]){|#0:smooth.Clone()|};\nfor (int i = 0; i < 7; i++) y[i] = c[i] * smooth[i];", "read 'smooth' itself" },
        { "a spread collection expression", "double[] c = {|#0:[.. x]|};\nfor (int i = 0; i < 7; i++) y[i] = c[i] * smooth[i];", "CopyTo" },
    };

    [Theory]
    [MemberData(nameof(Copies))]
    public void Copy_into_a_new_array_is_LG1117_at_the_copy_with_what_to_write(string what, string body, string hint)
    {
        (_, DifferentiationProblem problem, string marked) = LowerMarkedError(
            "static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)\n{\ndouble[] smooth = new double[8];\nfor (int i = 0; i < 8; i++) smooth[i] = x[i] * x[i];\n" + body + "\n}", 8, 7);
        Assert.Equal("LG1117", problem.RuleId);
        Assert.Equal(marked, LocatedText(problem));
        Assert.True(((string)problem.Arguments[1]).Contains(hint, StringComparison.Ordinal), what + ": " + problem.Arguments[1]);
    }

    [Fact]
    public void Ranges_of_constant_tables_stay_views() => GradientCheck.VerifyRows("""
        private static readonly double[] Weights = [0.5, -1.0, 2.0, 0.25, 1.5];

        static double Dot(ReadOnlySpan<double> a, ReadOnlySpan<double> b)
        {
            double s = 0;
            for (int i = 0; i < a.Length; i++) s += a[i] * b[i];
            return s;
        }

        static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
        {
            y[0] = Dot(Weights[1..], x[..4]);
            y[1] = Dot(Weights[..3], x[1..]);
        }
        """, 4, 2);
}
