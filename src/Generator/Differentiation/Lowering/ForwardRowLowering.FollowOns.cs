// Compiled into both LayerGen.Generator and LayerGen.Analyzers.
using LayerGen.Analyzers;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Differentiation.Lowering;

/// <summary>
/// One error per construct. Once a construct is reported, every value that flows from it is poisoned: the locals it
/// declares (<c>double[] s = ArrayPool&lt;double&gt;.Shared.Rent(n);</c>, the <c>out double e</c> of a rejected
/// <c>TryGetValue</c>), locals initialised from a poisoned value, and every expression that reads one (<c>s[i]</c>,
/// <c>(bits &gt;&gt; i) &amp; 1</c>, a method called on one) are rejected without an error of their own, so the user sees the
/// cause and not a trail of follow-on errors. A call that merely takes a poisoned argument is its own construct and is
/// still reported (<c>ArrayPool&lt;double&gt;.Shared.Return(s)</c>). Likewise ForwardRow writing into a field
/// (<c>Scratch[i] = …</c> with a static array) is reported at the write (LG1112) and reads of that field are not.
/// Poisoning only silences: a poisoned local exists only where an error was reported (or the code does not compile),
/// so the lowering gives no model either way.
/// </summary>
internal sealed partial class ForwardRowLowering
{
    // The constructs left unreported because they read a poisoned value: if no error at all was reported (which would
    // be a bug of the poisoning), the first of them is reported rather than a model with a hole in it.
    private readonly List<IOperation> _silenced = [];

    /// <summary>
    /// True (and remembered) when <paramref name="operation"/> reads a poisoned local or holds an already reported
    /// construct: it is rejected without an error of its own.
    /// </summary>
    private bool IsPoisoned(IOperation operation)
    {
        if (ReadsPoison(operation))
        {
            _silenced.Add(operation);
            return true;
        }

        return false;
    }

    private bool ReadsPoison(IOperation operation)
    {
        foreach (IOperation part in operation.DescendantsAndSelf())
        {
            if (part is ILocalReferenceOperation local && _rejectedLocals.Contains(local.Local))
            {
                return true;
            }
        }

        Microsoft.CodeAnalysis.Text.TextSpan span = operation.Syntax.Span;
        foreach (DifferentiationProblem problem in _problems)
        {
            if (problem.Location.SourceTree == operation.Syntax.SyntaxTree && span.Contains(problem.Location.SourceSpan))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The operation a value of an unsupported type is an operand of: through its conversions, the binary operation it
    /// meets (<c>magnitude &gt; peak</c> with <c>double? peak</c> rejected lifts <c>magnitude</c> to <c>double?</c>: the
    /// lift is a consequence of <c>peak</c>, not a construct of its own); the operation itself otherwise.
    /// </summary>
    private static IOperation OperandContext(IOperation operation)
    {
        IOperation context = operation;
        while (context.Parent is IConversionOperation { IsImplicit: true } or IParenthesizedOperation)
        {
            context = context.Parent;
        }

        return context.Parent is IBinaryOperation binary ? binary : operation;
    }

    /// <summary>The safety net of the poisoning: something was left unreported while nothing was reported.</summary>
    private void ReportSilencedWithoutCause()
    {
        if (_problems.Count == 0 && !_broken && _silenced.Count > 0)
        {
            IOperation first = _silenced[0];
            Report(RuleIdentifiers.UnsupportedExpression, first.Syntax, "'" + Text(first.Syntax) + "'", Supported.Expressions);
        }
    }

    /// <summary>After <paramref name="construct"/> is reported: the locals it declares (also <c>out var</c>s and patterns) are poisoned.</summary>
    private void PoisonDeclaredLocals(IOperation construct) => _rejectedLocals.UnionWith(DeclaredLocals(construct));

    private readonly HashSet<IFieldSymbol> _writtenFields = new(SymbolEqualityComparer.Default);

    /// <summary>Records the field behind an assignment target (the field itself or an element of an array/span it holds).</summary>
    private void RecordWrittenField(IOperation target)
    {
        if (FieldBehind(target) is { } field)
        {
            _writtenFields.Add(field);
        }
    }

    /// <summary>True for a read of (an element of) a field ForwardRow also writes: its write is reported.</summary>
    private bool ReadsWrittenField(IOperation operation) => FieldBehind(operation) is { } field && _writtenFields.Contains(field);

    private static IFieldSymbol? FieldBehind(IOperation operation) => StorageBehind(operation) is IFieldReferenceOperation field ? field.Field : null;

    /// <summary>What an element access, indexer, slice or conversion is taken from: a field, a parameter, a local…</summary>
    private static IOperation StorageBehind(IOperation operation)
    {
        while (true)
        {
            switch (operation)
            {
                case IArrayElementReferenceOperation element:
                    operation = element.ArrayReference;
                    break;
                case IPropertyReferenceOperation { Property.IsIndexer: true, Instance: { } instance }:
                    operation = instance;
                    break;
                case IImplicitIndexerReferenceOperation indexer:
                    operation = indexer.Instance;
                    break;
                case IInvocationOperation window when WindowCall(window) is ({ } receiver, _):
                    operation = receiver;
                    break;
                case IConversionOperation conversion:
                    operation = conversion.Operand;
                    break;
                default:
                    return operation;
            }
        }
    }
}
