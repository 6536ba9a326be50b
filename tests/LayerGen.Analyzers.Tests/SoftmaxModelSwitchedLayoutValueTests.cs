using LayerGen.Analyzers.Tests.Verification;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// The layout value an index function's <c>switch</c> is decided by at the call (SoftmaxModel.SwitchedIndices.cs),
/// beyond the enum constants <see cref="SoftmaxModelIndexFunctionTests"/> covers: a local whose one write is an
/// assignment after its declaration. Known, the arm taken is the index: per-class peaks are LG0004, a whole-batch peak
/// LG0001, per-sample code silent.
/// </summary>
public class SoftmaxModelSwitchedLayoutValueTests
{
    /// <summary>Known layout values: a member, local declarations of the method, and the call for sample {b}, class {c}.</summary>
    public static TheoryData<string, string, string> Layouts => new()
    {
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
}
