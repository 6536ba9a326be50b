using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// Whether an operation sits in a lambda or local function of a body: such code runs at each call (or never), not
/// where it stands, and its <c>return</c> is the nested function's. The one walk up the tree every reader shares.
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>The lambda or local function (inside <paramref name="body"/>) that holds <paramref name="operation"/>, if any.</summary>
    private static IOperation? OwningFunction(IOperation operation, IOperation body)
    {
        for (var current = operation.Parent; current is not null && current != body; current = current.Parent)
        {
            if (current is IAnonymousFunctionOperation or ILocalFunctionOperation)
            {
                return current;
            }
        }

        return null;
    }

    /// <summary>True when <paramref name="operation"/> sits in a lambda or local function inside <paramref name="body"/>.</summary>
    private static bool IsInNestedFunction(IOperation operation, IOperation body) => OwningFunction(operation, body) is not null;
}
