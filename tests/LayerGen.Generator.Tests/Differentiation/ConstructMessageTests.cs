using LayerGen.Differentiation.Lowering;

namespace LayerGen.Generator.Tests.Differentiation;

/// <summary>
/// The LG11xx messages say what the code does and what to change: a write outside the row does not claim the row reads
/// y, an integer buffer is told that elements must be float or double and how to hold the integers instead, and a
/// reassigned view or buffer is LG1117 (span locals), as docs/custom-layers.md lists it.
/// </summary>
public class ConstructMessageTests
{
    private const string Head = "static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)\n{\n";

    private static DifferentiationProblem Single(string body, string helpers = "")
    {
        LoweringResult result = DifferentiationHarness.Lower(Head + body + "\n}\n" + helpers, 4, 4);
        Assert.Null(result.Model);
        return Assert.Single(result.Problems);
    }

    private static string Message(DifferentiationProblem problem) => string.Join(" ", problem.Arguments.Select(a => a.ToString()));

    [Theory]
    [InlineData("Total += x[0];\nfor (int i = 0; i < 4; i++) y[i] = x[i];")]
    [InlineData("for (int i = 0; i < 4; i++) { y[i] = x[i]; Last[i] = x[i]; }")]
    public void Write_outside_the_row_says_what_is_written_and_not_that_y_is_read(string body)
    {
        DifferentiationProblem problem = Single(body + "\n}\nstatic double Total;\nstatic readonly double[] Last = new double[4];\nstatic void Unused()\n{");
        Assert.Equal("LG1112", problem.RuleId);
        string message = Message(problem);
        Assert.DoesNotContain("before writing", message, StringComparison.Ordinal);
        Assert.DoesNotContain("it may read", message, StringComparison.Ordinal);
        Assert.Contains("output row y", message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Span<int> order = stackalloc int[4];", "int")]
    [InlineData("Span<long> order = stackalloc long[4];", "long")]
    [InlineData("var order = new int[4];", "int")]
    [InlineData("ReadOnlySpan<byte> order = stackalloc byte[4];", "byte")]
    public void Integer_buffer_is_told_its_elements_must_be_real_and_how_to_keep_indices(string declaration, string element)
    {
        DifferentiationProblem problem = Single(declaration + "\nfor (int i = 0; i < 4; i++) y[i] = x[i];");
        Assert.Equal("LG1116", problem.RuleId);
        string message = Message(problem);
        Assert.Contains("must be float or double", message, StringComparison.Ordinal);
        Assert.Contains("not " + element + ":", message, StringComparison.Ordinal);
        Assert.Contains("int k = (int)", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Tuple_local_keeps_the_general_locals_message()
    {
        DifferentiationProblem problem = Single("var pair = (x[0], x[1]);\ny[0] = pair.Item1;");
        Assert.Equal("LG1116", problem.RuleId);
        Assert.Contains("locals must be float, double, int, bool", Message(problem), StringComparison.Ordinal);
    }

    [Fact]
    public void Integer_span_passed_to_a_helper_is_told_the_same()
    {
        DifferentiationProblem problem = Single("y[0] = Pick(x, stackalloc int[2]);",
            "static double Pick(ReadOnlySpan<double> v, Span<int> order) { order[0] = 1; return v[order[0]]; }");
        Assert.Equal("LG1111", problem.RuleId);
        Assert.Contains("must be float or double", Message(problem), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ReadOnlySpan<double> w = x;\nfor (int i = 0; i < 3; i++) { y[i] = w[0] + w[1]; w = w[1..]; }", "span local 'w'")]
    [InlineData("Span<double> t = stackalloc double[4];\nt.Fill(x[0]);\nt = y;\ny[0] = t[0];", "span local 't'")]
    [InlineData("double[] d = new double[4];\nd[0] = x[0];\nd = new double[2];\ny[0] = d[0];", "array local 'd'")]
    public void Reassigned_view_or_buffer_is_a_span_local_outside_the_subset(string body, string named)
    {
        DifferentiationProblem problem = Single(body);
        Assert.Equal("LG1117", problem.RuleId);
        string message = Message(problem);
        Assert.Contains("reassigning the " + named, message, StringComparison.Ordinal);
        Assert.Contains("never reassigned", message, StringComparison.Ordinal);
    }

    /// <summary>The rewrite the LG1117 message suggests (a view declared per iteration, or an offset) is supported and right.</summary>
    [Theory]
    [InlineData("for (int i = 0; i < 3; i++) { ReadOnlySpan<double> w = x.Slice(i, 2); y[i] = 0.25 * w[0] + 0.75 * w[1]; }")]
    [InlineData("for (int i = 0; i < 3; i++) { y[i] = 0.25 * x[i] + 0.75 * x[i + 1]; }")]
    public void Suggested_moving_window_is_supported(string body)
    {
        CompiledLayer<double> layer = DifferentiationHarness.Compile<double>(Head + body + "\n}", 4, 3);
        (double[] dx, _) = layer.Gradients([1, 2, 3, 4], [1, 10, 100], []);
        Assert.Equal([0.25, 0.75 + 2.5, 7.5 + 25, 75], dx);
    }

    /// <summary>A table field lacking only some of private, static, readonly is told which, and the declaration to write.</summary>
    [Theory]
    [InlineData("static double[] Taper = { 0.5, 1, 1, 0.5 };", "without readonly", "'private static readonly double[] Taper = …'")]
    [InlineData("public static readonly double[] Taper = { 0.5, 1, 1, 0.5 };", "without private", "'private static readonly double[] Taper = …'")]
    [InlineData("internal static double[] Taper = [0.5, 1, 1, 0.5];", "without private and readonly", "'private static readonly double[] Taper = …'")]
    public void Table_field_is_told_which_modifier_is_missing(string field, string missing, string declaration)
    {
        string body = "for (int i = 0; i < 4; i++) y[i] = Taper[i] * x[i];";
        DifferentiationProblem problem = Single(body + "\n}\n" + field + "\nstatic void Unused()\n{");
        Assert.Equal("LG1116", problem.RuleId);
        string message = Message(problem);
        Assert.Contains(missing, message, StringComparison.Ordinal);
        Assert.Contains(declaration, message, StringComparison.Ordinal);
    }

    /// <summary>Math.DivRem of a flat index is told its operator spelling, with the user's own names, and that spelling is supported.</summary>
    [Theory]
    [InlineData("var (row, col) = Math.DivRem(i, 2);", "'var (row, col) = (i / 2, i % 2)'")]
    [InlineData("(int row, int col) = Math.DivRem(i + 1, 3);", "'(int row, int col) = ((i + 1) / 3, (i + 1) % 3)'")]
    public void DivRem_is_told_to_write_divide_and_remainder(string statement, string rewrite)
    {
        DifferentiationProblem problem = Single("for (int i = 0; i < 4; i++) { " + statement + " y[i] = x[(row + col) % 4]; }");
        string message = Message(problem);
        Assert.Contains("as " + rewrite, message, StringComparison.Ordinal);
        Assert.Contains("integer results are computed with operators", message, StringComparison.Ordinal);
    }

    [Fact]
    public void DivRem_rewrite_the_message_suggests_is_supported()
    {
        CompiledLayer<double> layer = DifferentiationHarness.Compile<double>(Head + "for (int i = 0; i < 4; i++) { var (row, col) = (i / 2, i % 2); y[i] = x[row * 2 + (1 - col)]; }\n}", 4, 4);
        (double[] dx, _) = layer.Gradients([1, 2, 3, 4], [1, 10, 100, 1000], []);
        Assert.Equal([10, 1, 1000, 100], dx);
    }

    /// <summary>One type written once is one construct: a declaration of several locals of an unsupported type gets one error naming them all.</summary>
    [Theory]
    [InlineData("decimal rate = (decimal)x[0], discount = 1m, annuity = 0m;\ny[0] = (double)(rate * discount + annuity);", "the type decimal of the locals 'rate', 'discount' and 'annuity'")]
    [InlineData("decimal a = 1m, b = 2m;\ny[0] = (double)(a + b) * x[0];", "the type decimal of the locals 'a' and 'b'")]
    [InlineData("decimal rate = (decimal)x[0];\ny[0] = (double)rate;", "the local 'rate' of type decimal")]
    public void Declaration_of_several_unsupported_locals_is_one_error_naming_them(string body, string construct)
    {
        DifferentiationProblem problem = Single(body);
        Assert.Equal("LG1116", problem.RuleId);
        Assert.Equal(construct, (string)problem.Arguments[0]);
    }
}
