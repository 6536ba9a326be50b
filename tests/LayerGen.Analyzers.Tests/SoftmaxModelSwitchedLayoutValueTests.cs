using LayerGen.Analyzers.Tests.Verification;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// The layout value an index function's <c>switch</c> is decided by at the call (SoftmaxModel.SwitchedIndices.cs,
/// KnownArguments.cs), beyond the enum constants <see cref="SoftmaxModelIndexFunctionTests"/> covers: a
/// floating-point value (a <c>double</c> or <c>float</c> constant argument, an integer constant passed to a double
/// parameter, a local holding one such constant) matched against constant and relational arms, and a local whose one
/// write is an assignment after its declaration. Known, the arm taken is the index: per-class peaks are LG0004, a
/// whole-batch peak LG0001, per-sample code silent. A local written twice is not known: per-sample code stays silent.
/// </summary>
public class SoftmaxModelSwitchedLayoutValueTests
{
    /// <summary>Known layout values: a member, local declarations of the method, and the call for sample {b}, class {c}.</summary>
    public static TheoryData<string, string, string> Layouts => new()
    {
        // double constant argument, constant arms: the sample-major (default) arm
        { "", "int Index(double layout, int b, int c) => layout switch { 0.0 => c * batch + b, _ => b * classes + c };", "Index(1.0, {b}, {c})" },
        // double constant argument picking the class-major arm
        { "", "int Index(double layout, int b, int c) => layout switch { 0.0 => c * batch + b, _ => b * classes + c };", "Index(0.0, {b}, {c})" },
        // float argument against relational arms
        { "", "int Index(float share, int b, int c) => share switch { < 0.5f => c * batch + b, _ => b * classes + c };", "Index(0.75f, {b}, {c})" },
        // an integer constant passed to a double parameter: 1 is 1.0
        { "", "int Index(double layout, int b, int c) => layout switch { 1.0 => b * classes + c, _ => c * batch + b };", "Index(1, {b}, {c})" },
        // a local holding one double constant, relational arms
        { "", "var layout = 2.5;\nint Index(int b, int c) => layout switch { > 2.0 => b * classes + c, _ => c * batch + b };", "Index({b}, {c})" },
        // private static helper with a block body, given a double
        {
            "private static int Pick(double o, int b, int c, int batch, int classes) { return o switch { 0.0 => c * batch + b, >= 1.0 => b * classes + c, _ => -1 }; }",
            "",
            "Pick(1.5, {b}, {c}, batch, classes)"
        },
        // a local written once, after its declaration (enum): the sample-major arm
        {
            "",
            "Order order;\norder = Order.SampleMajor;\nint Index(int b, int c) => order switch { Order.ClassMajor => c * batch + b, Order.SampleMajor => b * classes + c, _ => throw new ArgumentOutOfRangeException(nameof(order)) };",
            "Index({b}, {c})"
        },
    };

    [Theory]
    [MemberData(nameof(Layouts))]
    public async Task PerSampleMaxima_AreSilent(string member, string locals, string call)
    {
        foreach (var type in new[] { "float", "double" })
        {
            Assert.Empty(await SourceMarkers.ReportedIdsAtLinesAsync(SoftmaxModelIndexFunctionTests.Source(member, locals, call, type, SoftmaxModelIndexFunctionTests.PerSampleArray)));
            Assert.Empty(await SourceMarkers.ReportedIdsAtLinesAsync(SoftmaxModelIndexFunctionTests.Source(member, locals, call, type, SoftmaxModelIndexFunctionTests.PerSampleScalar)));
        }
    }

    [Theory]
    [MemberData(nameof(Layouts))]
    public async Task PerClassMaxima_AreLG0004(string member, string locals, string call)
    {
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(SoftmaxModelIndexFunctionTests.Source(member, locals, call, "float", SoftmaxModelIndexFunctionTests.PerClassPeaks));
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(SoftmaxModelIndexFunctionTests.Source(member, locals, call, "double", SoftmaxModelIndexFunctionTests.PerClassPeaks));
    }

    [Theory]
    [MemberData(nameof(Layouts))]
    public async Task WholeBatchMaximum_IsLG0001(string member, string locals, string call) =>
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(SoftmaxModelIndexFunctionTests.Source(member, locals, call, "double", SoftmaxModelIndexFunctionTests.WholeBatchMax));

    /// <summary>A layout local written twice (or a NaN, which no constant arm is sure to match) is not known: no one index, per-sample code silent.</summary>
    [Theory]
    [InlineData("var layout = 1.0;\nif (batch > 1) layout = 0.0;\nint Index(int b, int c) => layout switch { 0.0 => c * batch + b, _ => b * classes + c };", "Index({b}, {c})")]
    [InlineData("int Index(double layout, int b, int c) => layout switch { 0.0 => c * batch + b, _ => b * classes + c };", "Index(double.NaN, {b}, {c})")]
    public async Task UnknownLayoutValue_PerSampleMaximaSilent(string locals, string call)
    {
        foreach (var type in new[] { "float", "double" })
        {
            Assert.Empty(await SourceMarkers.ReportedIdsAtLinesAsync(SoftmaxModelIndexFunctionTests.Source("", locals, call, type, SoftmaxModelIndexFunctionTests.PerSampleArray)));
            Assert.Empty(await SourceMarkers.ReportedIdsAtLinesAsync(SoftmaxModelIndexFunctionTests.Source("", locals, call, type, SoftmaxModelIndexFunctionTests.PerSampleScalar)));
        }
    }
}
