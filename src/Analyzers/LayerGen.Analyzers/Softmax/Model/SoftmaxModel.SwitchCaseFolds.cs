using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// Guarded switch-statement folds: <c>switch (v) { case float t when t &gt; m: m = t; break; … }</c> is the statement
/// <c>if (v &gt; m) m = v;</c> (a max; <c>t &lt; m</c>, a min): the pattern's variable is the switched value. Only a
/// section of one pattern clause whose guard compares that variable with the accumulator, and whose assignment stores
/// the variable (or the switched value) into the accumulator, is read so.
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>
    /// The fold <paramref name="write"/> makes as a statement of a guarded switch section, with the folded value (the
    /// switched value) and the section (the statement reported); null for any other write.
    /// </summary>
    private (ReductionKind Kind, IOperation Value, IOperation Reported)? GuardedCaseFold(ISymbol target, IOperation write, IOperation value)
    {
        var parent = write.Parent is IExpressionStatementOperation statement ? statement.Parent : null;
        if (parent is IBlockOperation block)
        {
            parent = block.Parent;
        }

        if (parent is not ISwitchCaseOperation { Clauses: [IPatternCaseClauseOperation { Guard: { } guard, Pattern: var pattern }] } section
            || section.Parent is not ISwitchOperation { Value: var switched }
            || pattern is not IDeclarationPatternOperation { DeclaredSymbol: ILocalSymbol declared }
            || Compare(guard, target) is not var (compared, valueIsLarger) || !References(compared, declared)
            || !(References(value, declared) || SameValue(value, switched)))
        {
            return null;
        }

        return (valueIsLarger ? ReductionKind.Max : ReductionKind.Min, switched, section);
    }
}
