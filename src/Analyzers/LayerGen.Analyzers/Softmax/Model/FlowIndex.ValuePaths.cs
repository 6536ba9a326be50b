using Microsoft.CodeAnalysis;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>Whether a value computed at one point can be used at another (a softmax's exp at its division).</summary>
internal sealed partial class FlowIndex
{
    /// <summary>
    /// True when control can pass <paramref name="value"/> and then come to <paramref name="use"/>: both in one
    /// operation of the graph (<c>p[i] = Math.Exp(v) / s</c>), or some path leads from the first to the second
    /// (<see cref="Reaches"/> with no kills). False only when the graph proves that no such path exists: a softmax in an
    /// early-return branch and one in the loop after it. Unknown positions can.
    /// </summary>
    public bool MayFlowTo(IOperation value, IOperation use)
    {
        var start = Locate(value);
        var end = Locate(use);
        return start is null || end is null || start == end || Reaches(value, use, System.Array.Empty<IOperation>());
    }
}
